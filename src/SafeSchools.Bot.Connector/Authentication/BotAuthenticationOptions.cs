namespace SafeSchools.Bot.Connector.Authentication;

/// <summary>
/// Settings for <see cref="BotFrameworkAuthenticator"/>: which tokens a request to <c>/api/messages</c> must carry.
/// The defaults are the public Azure Bot Service values; tests point the metadata URLs at a local endpoint.
/// </summary>
public sealed record BotAuthenticationOptions
{
    /// <summary>The default channel (Bot Connector, Direct Line, Teams) OpenID metadata document.</summary>
    public const string DefaultChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The default Emulator (Microsoft Entra ID, common tenant) OpenID metadata document.</summary>
    public const string DefaultEmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>The issuer of channel tokens.</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>The tenant the Emulator's v1 tokens come from (botframework.com).</summary>
    public const string EmulatorTenantIdV1 = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    /// <summary>The tenant the Emulator's v2 tokens come from.</summary>
    public const string EmulatorTenantIdV2 = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";

    /// <summary>
    /// The bot's Microsoft App ID. Required: tokens must be addressed to it. A bot without an App ID runs in
    /// dev mode with <see cref="DevelopmentAuthenticator"/> instead.
    /// </summary>
    public string AppId { get; init; } = string.Empty;

    /// <summary>
    /// The bot's tenant, for a single-tenant registration. When set, Emulator tokens issued by this tenant are
    /// accepted as well as those of the two well-known Emulator tenants.
    /// </summary>
    public string? TenantId { get; init; }

    /// <summary>Where the channel signing keys are published. Default <see cref="DefaultChannelOpenIdMetadataUrl"/>.</summary>
    public Uri ChannelOpenIdMetadataUrl { get; init; } = new(DefaultChannelOpenIdMetadataUrl);

    /// <summary>Where the Emulator signing keys are published. Default <see cref="DefaultEmulatorOpenIdMetadataUrl"/>.</summary>
    public Uri EmulatorOpenIdMetadataUrl { get; init; } = new(DefaultEmulatorOpenIdMetadataUrl);

    /// <summary>Issuers accepted for channel tokens. Default: <see cref="ChannelIssuer"/> only.</summary>
    public IReadOnlyList<string> ChannelIssuers { get; init; } = [ChannelIssuer];

    /// <summary>
    /// Issuers that mark a token as an Emulator token. Default: the v1 (<c>https://sts.windows.net/{tid}/</c>) and
    /// v2 (<c>https://login.microsoftonline.com/{tid}/v2.0</c>) issuers of <see cref="EmulatorTenantIdV1"/> and
    /// <see cref="EmulatorTenantIdV2"/>. The two issuers of <see cref="TenantId"/> are added when it is set.
    /// </summary>
    public IReadOnlyList<string> EmulatorIssuers { get; init; } =
    [
        $"https://sts.windows.net/{EmulatorTenantIdV1}/",
        $"https://login.microsoftonline.com/{EmulatorTenantIdV1}/v2.0",
        $"https://sts.windows.net/{EmulatorTenantIdV2}/",
        $"https://login.microsoftonline.com/{EmulatorTenantIdV2}/v2.0",
    ];

    /// <summary>Whether Emulator tokens are accepted at all. Default true, as the Bot Framework SDK does.</summary>
    public bool AllowEmulatorTokens { get; init; } = true;

    /// <summary>Clock skew allowed when checking a token's lifetime. Default 5 minutes.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Whether metadata and key documents must be fetched over HTTPS. Default true; turn off only for a loopback
    /// test endpoint.
    /// </summary>
    public bool RequireHttpsMetadata { get; init; } = true;

    /// <summary>How long fetched metadata and keys are used before they are fetched again. Default 12 hours.</summary>
    public TimeSpan MetadataRefreshInterval { get; init; } = TimeSpan.FromHours(12);

    /// <summary>
    /// The least time between two fetches forced by a token signed with an unknown key id, so forged key ids
    /// cannot make the bot hammer the metadata endpoint. Default 5 minutes.
    /// </summary>
    public TimeSpan MinimumMetadataRefreshInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// After a failed metadata fetch, how long until the next try; each further failure in a row doubles it, up to
    /// <see cref="MetadataRetryMaximumDelay"/>. Until then no fetch is made: requests that need keys the bot does not
    /// hold yet get <see cref="AuthenticationUnavailableException"/> at once. Default 5 seconds.
    /// </summary>
    public TimeSpan MetadataRetryInitialDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between two tries at fetching unreachable metadata. Default 5 minutes.</summary>
    public TimeSpan MetadataRetryMaximumDelay { get; init; } = TimeSpan.FromMinutes(5);
}
