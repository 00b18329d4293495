using System.Text.Json.Serialization;

namespace SafeSchools.Bot.Dialogs;

/// <summary>What one turn sent, kept with the conversation's state for a few minutes so a retried activity gets it again.</summary>
/// <param name="ActivityId">The id of the incoming activity the turn answered.</param>
/// <param name="At">When the turn's state was written.</param>
/// <param name="Replies">
/// The replies as one JSON array, without their addresses (a retry addresses them again): bot content only. Kept as
/// UTF-8 text, stored as one JSON string, so that every turn's state read and write carries it without parsing it: it
/// is parsed only when a retry needs it.
/// </param>
internal sealed record RememberedTurn(
    string ActivityId,
    DateTimeOffset At,
    [property: JsonConverter(typeof(Utf8JsonStringConverter))] ReadOnlyMemory<byte> Replies);
