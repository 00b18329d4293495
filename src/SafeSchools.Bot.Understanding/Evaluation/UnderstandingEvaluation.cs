using SafeSchools.Bot.Understanding.Training;

namespace SafeSchools.Bot.Understanding.Evaluation;

/// <summary>
/// The evaluation officers and developers run (<c>eval understanding</c>): stratified k-fold cross-validation of the
/// model on the project's own data, side by side with the rules alone and rules + model on the same folds, thresholds
/// advised from the folds, and the scores on held-out and blind files the model never trained on.
/// </summary>
public sealed class UnderstandingEvaluation(TrainerOptions trainerOptions, UnderstandingOptions understandingOptions, int folds = 5)
{
    /// <summary>Recall the "possible" level must keep for danger and self-harm under cross-validation.</summary>
    public const double CriticalRecall = 0.99;

    /// <summary>Recall the "possible" level must keep for the other risks.</summary>
    public const double OtherRecall = 0.95;

    /// <summary>Precision the "certain" level must reach.</summary>
    public const double CertainPrecision = 0.9;

    /// <summary>
    /// Cross-validates on <paramref name="set"/>; <paramref name="rules"/>, when given, is compared and combined; with the
    /// set's <paramref name="memory"/>, meaning is blended in as the bot does.
    /// </summary>
    public CrossValidationReport CrossValidate(TrainingSet set, IRecognizer? rules, Meaning.ExampleMemory? memory = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        var outOfFold = new CrossValidator(trainerOptions, folds).Run(set, understandingOptions, memory);
        var layers = new List<(string, IReadOnlyList<RecognizerResult>)> { ("model", [.. outOfFold.Select(o => o.Result)]) };
        if (rules is not null)
        {
            var ruled = set.Items.Select(i => rules.Recognize(i.Text)).ToList();
            layers.Insert(0, ("rules", ruled));
            layers.Add(("rules + model", [.. ruled.Zip(outOfFold, (r, m) => RecognizerSet.Merge(r, m.Result))]));
        }

        var advice = new Dictionary<string, RiskThreshold>(StringComparer.Ordinal);
        for (var r = 0; r < set.RiskLabels.Count; r++)
        {
            var risk = set.RiskLabels[r];
            var positives = Scores(set, outOfFold, r, RiskTarget.Positive);
            var negatives = Scores(set, outOfFold, r, RiskTarget.Negative);
            var critical = risk is RiskLabels.ImmediateDanger or RiskLabels.SelfHarm;
            advice[risk] = ThresholdAdvice.For(positives, negatives, critical ? CriticalRecall : OtherRecall, CertainPrecision);
        }

        return new CrossValidationReport(
            folds,
            [.. layers.Select(l => RiskOf(l.Item1, set, l.Item2))],
            [.. layers.Select(l => IntentsOf(l.Item1, set, l.Item2))],
            advice,
            FalseAlarmCurve.From(set, [.. outOfFold.Select(o => o.Scores)], FalseAlarmCurve.DefaultRecalls));
    }

    /// <summary>Scores a labelled file of intents with <paramref name="recognizer"/>.</summary>
    public IntentEvaluationResult IntentFile(string name, IRecognizer recognizer, IReadOnlyList<LabelledLine> lines) =>
        IntentEvaluationResult.Run(name, recognizer, lines, understandingOptions.IntentThreshold);

    private static List<float> Scores(TrainingSet set, IReadOnlyList<(Model.ModelScores Scores, RecognizerResult)> outOfFold, int risk, RiskTarget target) =>
        [.. Enumerable.Range(0, set.Items.Count).Where(i => set.Items[i].Risks[risk] == target).Select(i => outOfFold[i].Scores.Risks[risk])];

    private static RiskEvaluationResult RiskOf(string layer, TrainingSet set, IReadOnlyList<RecognizerResult> results)
    {
        var perRisk = new List<(string, int, int, int)>();
        for (var r = 0; r < set.RiskLabels.Count; r++)
        {
            var risk = set.RiskLabels[r];
            var examples = Enumerable.Range(0, set.Items.Count).Where(i => set.Items[i].Risks[r] == RiskTarget.Positive).ToList();
            perRisk.Add((risk, examples.Count(i => results[i].Risks.Count > 0), examples.Count(i => results[i].Risks.Any(s => s.Level == RiskLevel.Certain)), examples.Count));
        }

        var negatives = Enumerable.Range(0, set.Items.Count).Where(i => set.Items[i].IsHardNegative).ToList();
        return new RiskEvaluationResult(
            layer,
            perRisk,
            negatives.Count(i => results[i].Risks.Count > 0),
            negatives.Count(i => results[i].Risks.Any(s => s.Level == RiskLevel.Certain)),
            negatives.Count,
            []);
    }

    private IntentEvaluationResult IntentsOf(string layer, TrainingSet set, IReadOnlyList<RecognizerResult> results)
    {
        var pairs = Enumerable.Range(0, set.Items.Count).Where(i => set.Items[i].Intent >= 0)
            .Select(i => (set.IntentLabels[set.Items[i].Intent], results[i].TopIntent(understandingOptions.IntentThreshold)))
            .ToList();
        return IntentEvaluationResult.FromPairs(layer, pairs);
    }
}
