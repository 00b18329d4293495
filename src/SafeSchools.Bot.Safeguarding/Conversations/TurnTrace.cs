using System.Text.Json.Serialization;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// The value of the <c>safeschools.turn</c> trace activity the Emulator's inspector shows: why the bot did what it did.
/// </summary>
/// <param name="Intent">
/// The intent that decided what the bot did (a topic, question or act); else the intent understanding was sure enough
/// of, or <c>none</c> (a fallback, a turn without a message such as the welcome).
/// </param>
/// <param name="Flow">The flow active after the turn, or null.</param>
/// <param name="Alerts">The alert categories raised this turn.</param>
/// <param name="Understanding">What the recognizer made of the message: top intents and risks, each with its layer.</param>
/// <param name="Interpretation">
/// How the message was taken: <c>answer</c> (to the waiting question), <c>command</c>, <c>reply</c> (a question or
/// follow-up answered), <c>topic</c>, <c>identity</c>, <c>alert</c>, or <c>miss</c> (a fallback); null for events.
/// </param>
public sealed record TurnTrace(
    [property: JsonPropertyName("intent")] string? Intent,
    [property: JsonPropertyName("flow")] string? Flow,
    [property: JsonPropertyName("alerts")] IReadOnlyList<string> Alerts,
    [property: JsonPropertyName("understanding"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TraceUnderstanding? Understanding = null,
    [property: JsonPropertyName("interpretation"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Interpretation = null)
{
    /// <summary>The trace activity's name.</summary>
    public const string Name = "safeschools.turn";

    /// <summary>The trace activity's label.</summary>
    public const string Label = "SafeSchools turn";
}
