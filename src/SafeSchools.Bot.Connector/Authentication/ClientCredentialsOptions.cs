using System.Text;

namespace SafeSchools.Bot.Connector.Authentication;

/// <summary>Settings for <see cref="ClientCredentialsTokenProvider"/>: how the bot gets tokens for its replies.</summary>
public sealed record ClientCredentialsOptions
{
    /// <summary>The scope requested for the Bot Connector API.</summary>
    public const string BotFrameworkScope = "https://api.botframework.com/.default";

    /// <summary>The tenant multi-tenant bots get tokens from.</summary>
    public const string BotFrameworkTenant = "botframework.com";

    /// <summary>The bot's Microsoft App ID (the <c>client_id</c>). Required.</summary>
    public string AppId { get; init; } = string.Empty;

    /// <summary>The bot's client secret. Required. Never logged.</summary>
    public string AppPassword { get; init; } = string.Empty;

    /// <summary>
    /// The bot's tenant for a single-tenant registration; tokens then come from <c>/{TenantId}/</c> instead of
    /// <c>/botframework.com/</c>. Ignored when <see cref="TokenEndpoint"/> is set.
    /// </summary>
    public string? TenantId { get; init; }

    /// <summary>
    /// The token endpoint. Default: <c>https://login.microsoftonline.com/{TenantId or botframework.com}/oauth2/v2.0/token</c>.
    /// </summary>
    public Uri? TokenEndpoint { get; init; }

    /// <summary>The scope requested. Default <see cref="BotFrameworkScope"/>.</summary>
    public string Scope { get; init; } = BotFrameworkScope;

    /// <summary>
    /// How long before expiry a token is refreshed. Default 5 minutes. Until the token is nearly expired the refresh
    /// runs in the background and callers keep getting the cached token.
    /// </summary>
    public TimeSpan RefreshBeforeExpiry { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The token endpoint this configuration resolves to.</summary>
    public Uri ResolveTokenEndpoint() =>
        TokenEndpoint ?? new Uri(
            $"https://login.microsoftonline.com/{Uri.EscapeDataString(string.IsNullOrWhiteSpace(TenantId) ? BotFrameworkTenant : TenantId)}/oauth2/v2.0/token");

    // Records print every property; the secret must never reach a log through ToString().
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("AppId = ").Append(AppId)
            .Append(", AppPassword = ***, TenantId = ").Append(TenantId)
            .Append(", TokenEndpoint = ").Append(TokenEndpoint)
            .Append(", Scope = ").Append(Scope)
            .Append(", RefreshBeforeExpiry = ").Append(RefreshBeforeExpiry);
        return true;
    }
}
