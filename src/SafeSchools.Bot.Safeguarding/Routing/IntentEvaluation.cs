using SafeSchools.Bot.Safeguarding.Text;

namespace SafeSchools.Bot.Safeguarding.Routing;

/// <summary>
/// Measures the router on a labelled file (<c>expected&lt;TAB&gt;utterance</c>; expected is a flow id or
/// <c>unsure</c>; <c>#</c> lines are comments). A line is correct when the router confidently picks the expected
/// flow, or is unsure when <c>unsure</c> is expected.
/// </summary>
public static class IntentEvaluation
{
    /// <summary>The label for lines where the router should ask which flow was meant.</summary>
    public const string UnsureLabel = "unsure";

    /// <summary>Runs <paramref name="router"/> over every line of <paramref name="reader"/>.</summary>
    public static IntentReport Run(IntentRouter router, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(router);
        ArgumentNullException.ThrowIfNull(reader);
        var (total, correct, unsure) = (0, 0, 0);
        var misses = new List<IntentMiss>();
        foreach (var (line, expected, utterance) in LabelledLines.Read(reader))
        {
            var result = router.Route(utterance);
            var found = result.FlowId ?? UnsureLabel;
            total++;
            unsure += result.IsUnsure ? 1 : 0;
            if (found == expected)
            {
                correct++;
            }
            else
            {
                var guess = result.IsUnsure && result.Candidates.Count > 0 ? $" (best guess {result.Candidates[0].FlowId} {result.Score})" : string.Empty;
                misses.Add(new IntentMiss(line, expected, found + guess, utterance));
            }
        }

        return new IntentReport(total, correct, unsure, misses);
    }
}
