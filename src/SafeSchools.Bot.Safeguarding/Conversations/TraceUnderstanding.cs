using System.Text.Json.Serialization;
using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>The understanding part of the Emulator trace: the top intents and every risk, with scores and the deciding layer.</summary>
/// <param name="Intents">The three best intents, e.g. "bullying 0.91 (model)".</param>
/// <param name="Risks">Each risk found, e.g. "self-harm 0.83 certain (model)".</param>
/// <param name="Meaning">When meaning was asked, the nearest labelled examples, e.g. <c>0.82 self-harm: "..."</c>.</param>
public sealed record TraceUnderstanding(
    [property: JsonPropertyName("intents")] IReadOnlyList<string> Intents,
    [property: JsonPropertyName("risks")] IReadOnlyList<string> Risks,
    [property: JsonPropertyName("meaning"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Meaning = null)
{
    /// <summary>The trace of a turn's result; null when nothing was recognised.</summary>
    public static TraceUnderstanding? From(RecognizerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Intents.Count == 0 && result.Risks.Count == 0)
        {
            return null;
        }

        var culture = System.Globalization.CultureInfo.InvariantCulture;
        return new TraceUnderstanding(
            [.. result.Intents.OrderByDescending(i => i.Value.Score).Take(3)
                .Select(i => string.Create(culture, $"{i.Key} {i.Value.Score:0.00} ({i.Value.Source.ToString().ToLowerInvariant()})"))],
            [.. result.Risks.Select(r => string.Create(culture, $"{r.Label} {r.Score:0.00} {r.Level.ToString().ToLowerInvariant()} ({r.Source.ToString().ToLowerInvariant()})"))],
            result.NearestExamples.Count > 0 ? result.NearestExamples : null);
    }
}
