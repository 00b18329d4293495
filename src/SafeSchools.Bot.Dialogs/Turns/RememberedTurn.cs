namespace SafeSchools.Bot.Dialogs;

/// <summary>What one turn sent, kept with the conversation's state for a few minutes so a retried activity gets it again.</summary>
/// <param name="ActivityId">The id of the incoming activity the turn answered.</param>
/// <param name="At">When the turn's state was written.</param>
/// <param name="Replies">
/// The replies as one JSON array, without their addresses (a retry addresses them again): bot content only. Kept as
/// text so that every turn's state read and write carries it as one string, parsed only when a retry needs it.
/// </param>
internal sealed record RememberedTurn(string ActivityId, DateTimeOffset At, string Replies);
