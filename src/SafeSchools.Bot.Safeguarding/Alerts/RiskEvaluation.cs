using SafeSchools.Bot.Safeguarding.Text;

namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>
/// Measures the detector on a labelled file (<c>expected&lt;TAB&gt;utterance</c>, where expected is a category or
/// <c>none</c>; <c>#</c> lines are comments): recall per category and the false-alarm rate on <c>none</c> lines.
/// A category line counts as detected when the detector raises that category, certain or uncertain.
/// </summary>
public static class RiskEvaluation
{
    /// <summary>Runs <paramref name="detector"/> over every line of <paramref name="reader"/>.</summary>
    /// <exception cref="FormatException">A line has no tab or an unknown label.</exception>
    public static RiskReport Run(AlertDetector detector, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(reader);
        var totals = AlertCategories.InPriorityOrder.ToDictionary(c => c, _ => (Total: 0, Detected: 0, Certain: 0));
        var (noneTotal, falseAlarms, certainFalseAlarms) = (0, 0, 0);
        var misses = new List<RiskMiss>();
        foreach (var (line, expected, utterance) in LabelledLines.Read(reader))
        {
            var result = detector.Detect(utterance);
            if (expected == AlertCategories.None)
            {
                noneTotal++;
                falseAlarms += result.IsAlert ? 1 : 0;
                certainFalseAlarms += result.Certainty == AlertCertainty.Certain ? 1 : 0;
                AddMissIf(result.IsAlert, misses, line, expected, result, utterance);
                continue;
            }

            if (!totals.TryGetValue(expected, out var tally))
            {
                throw new FormatException($"line {line}: \"{expected}\" is not a category or \"none\"");
            }

            var match = result.Matches.FirstOrDefault(m => m.Category == expected);
            totals[expected] = (tally.Total + 1, tally.Detected + (match is null ? 0 : 1), tally.Certain + (match?.Certainty == AlertCertainty.Certain ? 1 : 0));
            AddMissIf(match is null, misses, line, expected, result, utterance);
        }

        var scores = totals.Select(t => new RiskCategoryScore(t.Key, t.Value.Total, t.Value.Detected, t.Value.Certain)).ToList();
        return new RiskReport(scores, noneTotal, falseAlarms, certainFalseAlarms, misses);
    }

    private static void AddMissIf(bool wrong, List<RiskMiss> misses, int line, string expected, AlertResult result, string utterance)
    {
        if (wrong)
        {
            misses.Add(new RiskMiss(line, expected, Describe(result), utterance));
        }
    }

    private static string Describe(AlertResult result) =>
        result.IsAlert
            ? string.Join(", ", result.Matches.Select(m => m.Certainty == AlertCertainty.Certain ? m.Category : m.Category + "?"))
            : AlertCategories.None;
}
