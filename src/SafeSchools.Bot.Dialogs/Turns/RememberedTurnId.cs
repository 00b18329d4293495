using System.Text.Json.Serialization;

namespace SafeSchools.Bot.Dialogs;

/// <summary>A remembered turn without its replies: what every turn reads to know whether it is a retry.</summary>
/// <param name="ActivityId">The id of the incoming activity the turn answered.</param>
/// <param name="At">When the turn's state was written.</param>
[JsonConverter(typeof(RememberedTurnIdJsonConverter))]
internal sealed record RememberedTurnId(string ActivityId, DateTimeOffset At);
