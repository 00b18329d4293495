using System.Globalization;
using System.Text;
using SafeSchools.Bot.Understanding.Model;
using SafeSchools.Bot.Understanding.Training;

namespace SafeSchools.Bot.Understanding.Evaluation;

/// <summary>
/// How well the model tells risks from everyday lines whatever the thresholds: for each target recall, the share of hard
/// negatives that would raise a risk if every risk's "possible" level were set to find that share of its own examples.
/// The shipped thresholds trade along this curve; a better model or better data moves the whole curve down, so
/// compare changes with it rather than with figures at fixed thresholds.
/// </summary>
/// <param name="Points">Each target recall with the hard negatives raised at it.</param>
/// <param name="Negatives">How many hard negatives there are.</param>
public sealed record FalseAlarmCurve(IReadOnlyList<(double Recall, int FalseAlarms)> Points, int Negatives)
{
    /// <summary>The recalls reported by default.</summary>
    public static readonly IReadOnlyList<double> DefaultRecalls = [0.9, 0.95, 0.97, 0.99];

    /// <summary>The curve of out-of-fold <paramref name="scores"/> (one per item of <paramref name="set"/>).</summary>
    public static FalseAlarmCurve From(TrainingSet set, IReadOnlyList<ModelScores> scores, IReadOnlyList<double> recalls)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(recalls);
        var negatives = Enumerable.Range(0, set.Items.Count).Where(i => set.Items[i].IsHardNegative).ToArray();
        var points = new List<(double, int)>();
        foreach (var recall in recalls)
        {
            var thresholds = Enumerable.Range(0, set.RiskLabels.Count).Select(r => ThresholdFinding(set, scores, r, recall)).ToArray();
            points.Add((recall, negatives.Count(i => Enumerable.Range(0, thresholds.Length).Any(r => scores[i].Risks[r] >= thresholds[r]))));
        }

        return new FalseAlarmCurve(points, negatives.Length);
    }

    /// <summary>The curve as text, one line.</summary>
    public string Format()
    {
        var text = new StringBuilder("  false alarms when each risk finds");
        foreach (var (recall, falseAlarms) in Points)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {recall:P0}: {falseAlarms}/{Negatives} ({(Negatives == 0 ? 0 : (double)falseAlarms / Negatives):P1})");
        }

        return text.AppendLine().ToString();
    }

    // The highest threshold that still finds the share of the risk's examples (infinite when it has none).
    private static double ThresholdFinding(TrainingSet set, IReadOnlyList<ModelScores> scores, int risk, double recall) =>
        ThresholdAdvice.ScoreFinding([.. Enumerable.Range(0, set.Items.Count).Where(i => set.Items[i].Risks[risk] == RiskTarget.Positive).Select(i => scores[i].Risks[risk])], recall)
        ?? double.PositiveInfinity;
}
