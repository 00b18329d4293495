using SafeSchools.Bot.Connector.Authentication;

namespace SafeSchools.Bot.Hosting;

/// <summary>
/// The <c>Bot:Authentication</c> section: endpoints for token checks and the bot's own tokens. Leave it out in
/// production; tests and sovereign clouds point it elsewhere.
/// </summary>
internal sealed class BotAuthenticationSettings
{
    /// <summary>The channel OpenID metadata document. Default: the public Bot Framework one.</summary>
    public Uri ChannelOpenIdMetadataUrl { get; set; } = new(BotAuthenticationOptions.DefaultChannelOpenIdMetadataUrl);

    /// <summary>The Emulator OpenID metadata document. Default: the public Microsoft Entra ID one.</summary>
    public Uri EmulatorOpenIdMetadataUrl { get; set; } = new(BotAuthenticationOptions.DefaultEmulatorOpenIdMetadataUrl);

    /// <summary>
    /// Whether metadata must be fetched over HTTPS. Default true. Setting it false is accepted only when every
    /// metadata URL is HTTPS anyway or on this machine (a test endpoint).
    /// </summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// The OAuth token endpoint for the bot's replies. Default:
    /// <c>https://login.microsoftonline.com/{tenant or botframework.com}/oauth2/v2.0/token</c>.
    /// </summary>
    public Uri? TokenEndpoint { get; set; }
}
