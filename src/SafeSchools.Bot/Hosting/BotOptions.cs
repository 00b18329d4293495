using System.ComponentModel.DataAnnotations;

namespace SafeSchools.Bot.Hosting;

/// <summary>
/// The bot's settings, bound from the <c>Bot</c> configuration section; the app settings may instead be given by the
/// standard names at the configuration root (see <see cref="StandardBotSettings"/>).
/// </summary>
/// <remarks>
/// Checked at start-up by <see cref="BotOptionsValidator"/>: an app id needs a password, and a bot without an app id
/// runs only in the Development environment unless <see cref="AllowUnauthenticated"/> is set explicitly.
/// </remarks>
internal sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>
    /// The Azure Bot app id. With one, every request to /api/messages must carry a valid Bot Framework token and
    /// replies carry the bot's own token. Empty means Emulator dev mode: no Authorization in either direction.
    /// </summary>
    public string MicrosoftAppId { get; set; } = string.Empty;

    /// <summary>The Azure Bot app's client secret. Required with an app id. Never logged.</summary>
    public string MicrosoftAppPassword { get; set; } = string.Empty;

    /// <summary>The tenant of a single-tenant Azure Bot. Empty for a multi-tenant bot.</summary>
    public string MicrosoftAppTenantId { get; set; } = string.Empty;

    /// <summary>
    /// <c>MultiTenant</c> or <c>SingleTenant</c>, as the Azure Bot resource says. Empty: single-tenant exactly when a
    /// tenant id is set.
    /// </summary>
    public string MicrosoftAppType { get; set; } = string.Empty;

    /// <summary>
    /// Lets a bot without an app id start outside the Development environment. Requests are then accepted without
    /// a token (replies still go only to loopback service URLs). Default false; the host logs a warning when it is used.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>
    /// The largest request body /api/messages and Direct Line accept, in bytes (Teams' own message limit is about 28 KB).
    /// Larger answers 413.
    /// </summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>
    /// The longest message text, in characters, the bot reads. Direct Line answers a longer one 413 with a reason the
    /// user can read (nothing runs, nothing is kept); /api/messages answers it on its first part, after a note saying so,
    /// since a channel such as Teams would show its user nothing of a 413.
    /// </summary>
    [Range(100, 100_000)]
    public int MaxMessageLength { get; set; } = 4000;

    /// <summary>
    /// The longest conversation id /api/messages accepts. Bot Framework ids (Teams' included) are well under it; longer
    /// answers 400.
    /// </summary>
    [Range(16, 4096)]
    public int MaxConversationIdLength { get; set; } = 256;

    /// <summary>Where tokens and signing keys come from. The defaults are the public Azure Bot Service endpoints.</summary>
    public BotAuthenticationSettings Authentication { get; set; } = new();

    /// <summary>Whether an app id is configured, so tokens are checked and sent.</summary>
    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
