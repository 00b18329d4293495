using System.Globalization;
using System.Text;

namespace SafeSchools.Bot.Understanding.Evaluation;

/// <summary>How well intents were recognised in a set of labelled lines.</summary>
/// <param name="Name">What was evaluated.</param>
/// <param name="Metrics">Precision, recall and F1 per expected label.</param>
/// <param name="Correct">Lines whose top intent was the expected one.</param>
/// <param name="Total">Lines.</param>
/// <param name="Confusions">Expected → got, with counts, most frequent first.</param>
public sealed record IntentEvaluationResult(
    string Name,
    IReadOnlyList<LabelMetrics> Metrics,
    int Correct,
    int Total,
    IReadOnlyList<(string Expected, string Got, int Count)> Confusions)
{
    /// <summary>Share of lines recognised as expected.</summary>
    public double Accuracy => Total == 0 ? 1 : Correct / (double)Total;

    /// <summary>Scores pairs of (expected, got) labels.</summary>
    public static IntentEvaluationResult FromPairs(string name, IReadOnlyList<(string Expected, string Got)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var labels = pairs.Select(p => p.Expected).Distinct().Order(StringComparer.Ordinal);
        var metrics = labels.Select(label => new LabelMetrics(
            label,
            pairs.Count(p => p.Expected == label && p.Got == label),
            pairs.Count(p => p.Expected != label && p.Got == label),
            pairs.Count(p => p.Expected == label && p.Got != label))).ToList();
        var confusions = pairs.Where(p => p.Expected != p.Got).GroupBy(p => p)
            .Select(g => (g.Key.Expected, g.Key.Got, g.Count())).OrderByDescending(c => c.Item3).ToList();
        return new IntentEvaluationResult(name, metrics, pairs.Count(p => p.Expected == p.Got), pairs.Count, confusions);
    }

    /// <summary>Scores <paramref name="lines"/> with <paramref name="recognizer"/>, top intent from <paramref name="threshold"/>.</summary>
    public static IntentEvaluationResult Run(string name, IRecognizer recognizer, IReadOnlyList<LabelledLine> lines, double threshold)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(lines);
        return FromPairs(name, [.. lines.Select(l => (l.Expected, recognizer.Recognize(l.Text).TopIntent(threshold)))]);
    }

    /// <summary>Lines recognised as expected, and lines, of each <see cref="IntentFamily"/> present.</summary>
    public IReadOnlyList<(string Family, int Correct, int Total)> ByFamily =>
        [.. IntentFamily.All
            .Select(family => Metrics.Where(m => IntentFamily.Of(m.Label) == family).ToList() is var members
                ? (family, members.Sum(m => m.TruePositives), members.Sum(m => m.Support))
                : default)
            .Where(f => f.Item3 > 0)];

    /// <summary>
    /// A report: accuracy, by family (unless the labels are not intents, as for routing to flows), the per-label table and
    /// the commonest confusions.
    /// </summary>
    public string Format(int confusions = 12, bool byFamily = true)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{Name}: {Correct}/{Total} ({RiskEvaluationResult.Percent(Correct, Total)})");
        if (byFamily)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  by family: {string.Join("; ", ByFamily.Select(f => $"{f.Family} {f.Correct}/{f.Total} ({RiskEvaluationResult.Percent(f.Correct, f.Total)})"))}");
        }

        text.AppendLine("  label                              precision  recall     F1  support");
        foreach (var m in Metrics)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {m.Label,-34} {m.Precision,9:0.000} {m.Recall,7:0.000} {m.F1,6:0.000} {m.Support,8}");
        }

        if (Confusions.Count > 0)
        {
            text.AppendLine("  most confused (expected -> got):");
            foreach (var (expected, got, count) in Confusions.Take(confusions))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {count,3}  {expected} -> {got}");
            }
        }

        return text.ToString();
    }
}
