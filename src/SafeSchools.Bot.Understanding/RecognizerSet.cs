namespace SafeSchools.Bot.Understanding;

/// <summary>
/// Runs several recognizers on the same message and merges what they found (Bot Builder's <c>RecognizerSet</c>): for
/// each intent the highest score wins; for each risk the highest level, then the highest score, wins, so a certain rule
/// outranks a hesitant model and a confident model outranks a silent rule — except that a risk one layer rules out
/// (the model, sure that "my mum is going to kill me, i failed maths" is everyday stress) is raised by none, and a rule's
/// certain match of a risk another layer finds nothing of (<see cref="RecognizerResult.Doubted"/>) is only possible.
/// Entities are pooled.
/// </summary>
public sealed class RecognizerSet(IReadOnlyList<IRecognizer> recognizers) : Recognizer
{
    /// <summary>The recognizers, in the order they run.</summary>
    public IReadOnlyList<IRecognizer> Recognizers { get; } = recognizers ?? throw new ArgumentNullException(nameof(recognizers));

    /// <inheritdoc />
    public override RecognizerResult Recognize(string? text)
    {
        var result = RecognizerResult.Empty;
        for (var i = 0; i < Recognizers.Count; i++)
        {
            var next = Recognizers[i].Recognize(text);
            result = i == 0 ? next : Merge(result, next);
        }

        return result;
    }

    /// <summary>Merges two results for the same message.</summary>
    public static RecognizerResult Merge(RecognizerResult first, RecognizerResult second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var ruledOut = Union(first.RuledOut, second.RuledOut);
        var doubted = Union(first.Doubted, second.Doubted);
        return new RecognizerResult
        {
            Text = first.Text.Length > 0 ? first.Text : second.Text,
            AlteredText = first.AlteredText ?? second.AlteredText,
            Intents = MergeIntents(first.Intents, second.Intents),
            Risks = first.Risks.Count == 0 && second.Risks.Count == 0 ? [] : MergeRisks(first.Risks, second.Risks, ruledOut, doubted),
            RuledOut = ruledOut,
            Doubted = doubted,
            NearestExamples = first.NearestExamples.Count > 0 ? first.NearestExamples : second.NearestExamples,
            Entities = first.Entities.Count == 0 ? second.Entities
                : second.Entities.Count == 0 ? first.Entities
                : [.. first.Entities.Concat(second.Entities).DistinctBy(e => (e.Type, e.Value))],
        };
    }

    // The higher score of each intent. Most layers find none, so most merges keep one side as it is.
    private static IReadOnlyDictionary<string, IntentScore> MergeIntents(IReadOnlyDictionary<string, IntentScore> first, IReadOnlyDictionary<string, IntentScore> second)
    {
        if (second.Count == 0)
        {
            return first;
        }

        if (first.Count == 0)
        {
            return second;
        }

        var intents = new Dictionary<string, IntentScore>(first, StringComparer.Ordinal);
        foreach (var (intent, score) in second)
        {
            if (!intents.TryGetValue(intent, out var existing) || score.Score > existing.Score)
            {
                intents[intent] = score;
            }
        }

        return intents;
    }

    // Each risk once, at its highest level and score, unless a layer ruled it out; a rule's certainty in a risk a layer
    // doubts becomes possible.
    private static List<RiskScore> MergeRisks(IReadOnlyList<RiskScore> first, IReadOnlyList<RiskScore> second, IReadOnlyList<string> ruledOut, IReadOnlyList<string> doubted) =>
        first.Concat(second)
            .Where(r => !ruledOut.Contains(r.Label, StringComparer.Ordinal))
            .GroupBy(r => r.Label)
            .Select(g => g.OrderByDescending(r => r.Level).ThenByDescending(r => r.Score).First())
            .Select(r => r is { Level: RiskLevel.Certain, Source: RecognitionSource.Rule } && doubted.Contains(r.Label, StringComparer.Ordinal)
                ? r with { Level = RiskLevel.Possible }
                : r)
            .OrderByDescending(r => r.Level).ThenByDescending(r => r.Score)
            .ToList();

    private static IReadOnlyList<string> Union(IReadOnlyList<string> first, IReadOnlyList<string> second) =>
        second.Count == 0 ? first : first.Count == 0 ? second : [.. first.Union(second, StringComparer.Ordinal)];
}
