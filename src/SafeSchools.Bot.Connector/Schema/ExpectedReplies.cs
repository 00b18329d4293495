namespace SafeSchools.Bot.Connector.Schema;

/// <summary>The body returned for a <c>expectReplies</c> activity.</summary>
/// <param name="Activities">The bot's replies in order.</param>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
