using System.Text.Json.Serialization;

namespace SafeSchools.Bot.Evaluation;

/// <summary>One turn of a <see cref="ConversationScript"/>.</summary>
/// <param name="Say">What the person types, or null when they press a button.</param>
/// <param name="Press">A regular expression of the title of the button they press on the last reply.</param>
/// <param name="Expect">
/// What must hold of the reply: <c>alert:CATEGORY</c>, <c>no-alert</c>, <c>flow:NAME</c>, <c>re:REGEX</c>, <c>!re:REGEX</c>
/// (regular expressions are case-insensitive, over all the reply's text, cards and buttons).
/// </param>
internal sealed record ScriptedTurn(
    [property: JsonPropertyName("say")] string? Say,
    [property: JsonPropertyName("press")] string? Press,
    [property: JsonPropertyName("expect")] IReadOnlyList<string>? Expect);
