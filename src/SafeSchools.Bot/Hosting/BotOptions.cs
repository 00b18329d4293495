using System.ComponentModel.DataAnnotations;

namespace SafeSchools.Bot.Hosting;

/// <summary>The bot's settings, bound from the <c>Bot</c> configuration section.</summary>
internal sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>The Azure Bot app id. Empty means Emulator dev mode: no Authorization in either direction.</summary>
    public string MicrosoftAppId { get; set; } = string.Empty;

    /// <summary>The largest request body /api/messages accepts, in bytes.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;
}
