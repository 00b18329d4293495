using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs;

/// <summary>What one turn sent, kept with the conversation's state for a few minutes so a retried activity gets it again.</summary>
/// <param name="ActivityId">The id of the incoming activity the turn answered.</param>
/// <param name="At">When the turn's state was written.</param>
/// <param name="Replies">The replies, without their addresses (a retry addresses them again): bot content only.</param>
internal sealed record RememberedTurn(string ActivityId, DateTimeOffset At, IReadOnlyList<Activity> Replies);
