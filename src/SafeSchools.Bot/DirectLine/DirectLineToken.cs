namespace SafeSchools.Bot.DirectLine;

/// <summary>What a valid Direct Line token grants: one conversation, as one user, until it expires.</summary>
internal sealed record DirectLineToken(string ConversationId, string UserId, DateTimeOffset ExpiresAt);
