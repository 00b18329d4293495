using SafeSchools.Bot.Understanding.Features;
using SafeSchools.Bot.Understanding.Training;

namespace SafeSchools.Bot.Understanding.Evaluation;

/// <summary>
/// The reference point the recognizer is measured against: a plain logistic regression per risk over TF-IDF word 1-2-grams
/// and character 2-5-grams (every feature seen once or more), positives weighted negatives / positives, one threshold of
/// 0.5, trained only on a few hundred labelled risk lines. No rules, no intents, no second level.
/// </summary>
public static class ReferenceBaseline
{
    /// <summary>How the baseline is trained.</summary>
    public static TrainerOptions TrainerOptions { get; } = new()
    {
        Featurizer = new FeaturizerOptions { MinDocumentFrequency = 1 },
        L2Regularization = 1f,
        DropWeightsBelow = 0f,
    };

    /// <summary>Trains the baseline on <paramref name="lines"/> (labels: a risk, several joined by commas, or <c>none</c>).</summary>
    public static TrainedRecognizer Train(IEnumerable<LabelledLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var items = lines
            .Select(line => new TrainingItem(line.Text, -1, [.. RiskLabels.All.Select(risk => TargetOf(line, risk))]))
            .ToList();
        var model = new ModelTrainer(TrainerOptions).Train(new TrainingSet(RiskLabels.All, [], items));
        return new TrainedRecognizer(model, Thresholds());
    }

    private static RiskTarget TargetOf(LabelledLine line, string risk) =>
        line.Expected.Split(',', StringSplitOptions.TrimEntries).Contains(risk, StringComparer.Ordinal) ? RiskTarget.Positive : RiskTarget.Negative;

    // 0.5 for every risk, one level: a score from 0.5 is found, and there is no "ask first".
    private static UnderstandingOptions Thresholds()
    {
        var options = new UnderstandingOptions { ModelCertainMinWords = 0 };
        foreach (var risk in RiskLabels.All)
        {
            options.Risks[risk] = new RiskThreshold { Possible = 0.5, Certain = 0.5 };
        }

        return options;
    }
}
