using Microsoft.Extensions.Options;

namespace SafeSchools.Bot.Hosting;

/// <summary>
/// Refuses settings that would leave /api/messages open or broken: app settings given twice that disagree, an app id
/// without a password, an app type the bot cannot honour, no app id outside Development (unless
/// <see cref="BotOptions.AllowUnauthenticated"/>), metadata and token endpoints that are neither HTTPS nor on this machine, or a
/// body limit too small for the longest message text allowed.
/// </summary>
internal sealed class BotOptionsValidator(IHostEnvironment environment, IConfiguration configuration) : IValidateOptions<BotOptions>
{
    private const string MultiTenant = "MultiTenant";
    private const string SingleTenant = "SingleTenant";

    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (StandardBotSettings.Disagreements(configuration) is { } disagreements)
        {
            failures.Add(disagreements);
        }

        if (options.HasAppId && string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            failures.Add("An app id is set but Bot:MicrosoftAppPassword is empty (and so is MicrosoftAppPassword). Set the Azure Bot app's client secret "
                + "(environment variable Bot__MicrosoftAppPassword or MicrosoftAppPassword), or clear the app id for Emulator dev mode.");
        }

        if (options.HasAppId && AppTypeProblem(options) is { } appTypeProblem)
        {
            failures.Add(appTypeProblem);
        }

        if (!options.HasAppId && !environment.IsDevelopment() && !options.AllowUnauthenticated)
        {
            failures.Add($"Bot:MicrosoftAppId is empty in the {environment.EnvironmentName} environment, so anyone could post to "
                + "/api/messages without a token. Set Bot:MicrosoftAppId and Bot:MicrosoftAppPassword (environment variables "
                + "Bot__MicrosoftAppId, Bot__MicrosoftAppPassword, or MicrosoftAppId and MicrosoftAppPassword as the Azure Bot resource "
                + "names them) from the Azure Bot registration, run with --environment Development for Emulator dev mode, or set "
                + "Bot:AllowUnauthenticated=true to accept unauthenticated requests on purpose.");
        }

        if (LimitsProblem(options) is { } limitsProblem)
        {
            failures.Add(limitsProblem);
        }

        var authentication = options.Authentication ?? new BotAuthenticationSettings();
        CheckEndpoint(failures, "Bot:Authentication:ChannelOpenIdMetadataUrl", authentication.ChannelOpenIdMetadataUrl, authentication.RequireHttpsMetadata);
        CheckEndpoint(failures, "Bot:Authentication:EmulatorOpenIdMetadataUrl", authentication.EmulatorOpenIdMetadataUrl, authentication.RequireHttpsMetadata);
        if (authentication.TokenEndpoint is { } tokenEndpoint)
        {
            CheckEndpoint(failures, "Bot:Authentication:TokenEndpoint", tokenEndpoint, requireHttps: false);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // The Bot Builder SDK's MicrosoftAppType values; a managed identity (UserAssignedMSI) has no client secret to sign replies with.
    private static string? AppTypeProblem(BotOptions options)
    {
        var type = options.MicrosoftAppType.Trim();
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        return type switch
        {
            "" => null,
            _ when type.Equals(MultiTenant, StringComparison.OrdinalIgnoreCase) && hasTenant =>
                "MicrosoftAppType is MultiTenant but MicrosoftAppTenantId is set. Clear the tenant id, or set MicrosoftAppType to SingleTenant.",
            _ when type.Equals(MultiTenant, StringComparison.OrdinalIgnoreCase) => null,
            _ when type.Equals(SingleTenant, StringComparison.OrdinalIgnoreCase) && !hasTenant =>
                "MicrosoftAppType is SingleTenant but MicrosoftAppTenantId is empty. Set the tenant id of the Azure Bot's app registration.",
            _ when type.Equals(SingleTenant, StringComparison.OrdinalIgnoreCase) => null,
            _ => $"MicrosoftAppType '{type}' is not supported: this bot signs in with the app's client secret, so it must be MultiTenant or SingleTenant.",
        };
    }

    // A body limit too small for the longest text would refuse allowed messages as "too large" instead of "too long".
    private static string? LimitsProblem(BotOptions options)
    {
        var needed = (options.MaxMessageLength * 3L) + 4096;
        return options.MaxActivityBytes >= needed
            ? null
            : $"Bot:MaxActivityBytes ({options.MaxActivityBytes}) cannot hold a message of Bot:MaxMessageLength ({options.MaxMessageLength}) "
                + $"characters: give it at least 3 bytes a character plus 4 KB ({needed}), or lower Bot:MaxMessageLength.";
    }

    // HTTPS always; plain HTTP only on this machine, and for metadata only when RequireHttpsMetadata is off.
    private static void CheckEndpoint(List<string> failures, string key, Uri? url, bool requireHttps)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            failures.Add($"{key} must be an absolute URL.");
        }
        else if (url.Scheme != Uri.UriSchemeHttps && (requireHttps || url.Scheme != Uri.UriSchemeHttp || !url.IsLoopback))
        {
            failures.Add($"{key} must be an https URL (plain http is accepted only on this machine, for tests).");
        }
    }
}
