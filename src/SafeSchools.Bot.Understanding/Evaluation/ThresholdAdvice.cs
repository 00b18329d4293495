using System.Globalization;
using System.Text;

namespace SafeSchools.Bot.Understanding.Evaluation;

/// <summary>
/// Chooses each risk's two levels from out-of-fold probabilities: "possible" is the highest threshold that still
/// finds the target share of examples (missing a child in danger costs more than a question); "certain" is the lowest
/// threshold whose precision reaches the target.
/// </summary>
public static class ThresholdAdvice
{
    /// <summary>Recommended thresholds for one risk.</summary>
    public static RiskThreshold For(IReadOnlyList<float> positives, IReadOnlyList<float> negatives, double targetRecall, double targetPrecision)
    {
        ArgumentNullException.ThrowIfNull(positives);
        ArgumentNullException.ThrowIfNull(negatives);
        var possible = ScoreFinding(positives, targetRecall) is { } score ? Math.Clamp(Math.Floor(score * 100) / 100, 0.05, 0.5) : 0.5;
        var certain = 0.95;
        for (var t = 0.99; t >= possible; t -= 0.01)
        {
            var truePositives = positives.Count(p => p >= t);
            var falsePositives = negatives.Count(p => p >= t);
            if (truePositives + falsePositives > 0 && truePositives / (double)(truePositives + falsePositives) >= targetPrecision)
            {
                certain = t;
            }
            else
            {
                break;
            }
        }

        return new RiskThreshold { Possible = possible, Certain = Math.Round(Math.Max(certain, possible), 2) };
    }

    /// <summary>
    /// The highest score at which at least <paramref name="recall"/> of <paramref name="positives"/> still reach it, or
    /// null when there are none.
    /// </summary>
    public static double? ScoreFinding(IReadOnlyList<float> positives, double recall)
    {
        ArgumentNullException.ThrowIfNull(positives);
        if (positives.Count == 0)
        {
            return null;
        }

        var sorted = positives.OrderByDescending(p => p).ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(recall * sorted.Length), 1, sorted.Length) - 1];
    }

    /// <summary>One line per risk, ready to paste into configuration.</summary>
    public static string Format(IReadOnlyDictionary<string, RiskThreshold> thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var text = new StringBuilder();
        foreach (var (risk, threshold) in thresholds)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {risk,-18} possible {threshold.Possible:0.00}  certain {threshold.Certain:0.00}");
        }

        return text.ToString();
    }
}
