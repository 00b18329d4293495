using Microsoft.Extensions.Options;

namespace SafeSchools.Bot.Hosting;

/// <summary>
/// Refuses settings that would leave /api/messages open or broken: an app id without a password, no app id outside
/// Development (unless <see cref="BotOptions.AllowUnauthenticated"/>), or metadata and token endpoints that are
/// neither HTTPS nor on this machine.
/// </summary>
internal sealed class BotOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.HasAppId && string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            failures.Add("Bot:MicrosoftAppId is set but Bot:MicrosoftAppPassword is empty. Set the Azure Bot app's client secret "
                + "(environment variable Bot__MicrosoftAppPassword), or clear the app id for Emulator dev mode.");
        }

        if (!options.HasAppId && !environment.IsDevelopment() && !options.AllowUnauthenticated)
        {
            failures.Add($"Bot:MicrosoftAppId is empty in the {environment.EnvironmentName} environment, so anyone could post to "
                + "/api/messages without a token. Set Bot:MicrosoftAppId and Bot:MicrosoftAppPassword (environment variables "
                + "Bot__MicrosoftAppId, Bot__MicrosoftAppPassword) from the Azure Bot registration, run with "
                + "--environment Development for Emulator dev mode, or set Bot:AllowUnauthenticated=true to accept unauthenticated requests on purpose.");
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
