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
        var intents = new Dictionary<string, IntentScore>(first.Intents, StringComparer.Ordinal);
        foreach (var (intent, score) in second.Intents)
        {
            if (!intents.TryGetValue(intent, out var existing) || score.Score > existing.Score)
            {
                intents[intent] = score;
            }
        }

        var ruledOut = first.RuledOut.Union(second.RuledOut, StringComparer.Ordinal).ToList();
        var doubted = first.Doubted.Union(second.Doubted, StringComparer.Ordinal).ToList();
        var risks = first.Risks.Concat(second.Risks)
            .Where(r => !ruledOut.Contains(r.Label, StringComparer.Ordinal))
            .GroupBy(r => r.Label)
            .Select(g => g.OrderByDescending(r => r.Level).ThenByDescending(r => r.Score).First())
            .Select(r => r is { Level: RiskLevel.Certain, Source: RecognitionSource.Rule } && doubted.Contains(r.Label, StringComparer.Ordinal)
                ? r with { Level = RiskLevel.Possible }
                : r)
            .OrderByDescending(r => r.Level).ThenByDescending(r => r.Score)
            .ToList();
        return new RecognizerResult
        {
            Text = first.Text.Length > 0 ? first.Text : second.Text,
            AlteredText = first.AlteredText ?? second.AlteredText,
            Intents = intents,
            Risks = risks,
            RuledOut = ruledOut,
            Doubted = doubted,
            Entities = [.. first.Entities.Concat(second.Entities).DistinctBy(e => (e.Type, e.Value))],
        };
    }
}
