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

    /// <summary>
    /// The most activities one conversation's transcript keeps. A message that would leave no room for its turn's replies
    /// is refused (409) before the turn runs.
    /// </summary>
    [Range(50, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>
    /// The most bytes (the activities as JSON) one conversation's transcript keeps. A message that would leave no room
    /// for its turn's replies is refused (409) before the turn runs.
    /// </summary>
    [Range(64 * 1024, 64 * 1024 * 1024)]
    public int MaxTranscriptBytes { get; set; } = 128 * 1024;

    /// <summary>
    /// The most conversations this instance holds in memory at once. Over it a new chat is refused (503 with
    /// Retry-After) until idle ones are forgotten; a live conversation is never evicted.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 2000;

    /// <summary>
    /// How many chats one client address may start a minute: calls to <c>tokens/generate</c>, and to
    /// <c>conversations</c>, each counted on their own. Over it: 429 with Retry-After.
    /// </summary>
    [Range(1, 100_000)]
    public int ChatsPerClientPerMinute { get; set; } = 20;

    /// <summary>The bot's account id on the Direct Line channel.</summary>
    public string BotId { get; set; } = "safeschools-bot";

    /// <summary>The bot's display name.</summary>
    public string BotName { get; set; } = "Safe Schools chatbot";
}
