using System.ComponentModel.DataAnnotations;

namespace SafeSchools.Bot.DirectLine;

/// <summary>Settings of the bot's own Direct Line 3.0 server (section <c>DirectLine</c>).</summary>
internal sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>How long a token is valid. Web Chat refreshes tokens every 15 minutes.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Base64 key that signs tokens. Empty means a new random key each start (tokens die with the process);
    /// set the same key on every instance when running several.
    /// </summary>
    public string TokenSigningKey { get; set; } = string.Empty;

    /// <summary>A conversation with no activity for this long is forgotten, with its transcript.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The most activities one conversation's transcript keeps before refusing more.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 2000;

    /// <summary>The bot's account id on the Direct Line channel.</summary>
    public string BotId { get; set; } = "safeschools-bot";

    /// <summary>The bot's display name.</summary>
    public string BotName { get; set; } = "Safe Schools chatbot";
}
