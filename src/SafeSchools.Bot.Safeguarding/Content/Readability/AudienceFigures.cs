namespace SafeSchools.Bot.Safeguarding.Content.Readability;

/// <summary>How long and how hard the messages for one audience are, typically (median) and at worst but a few (90th percentile).</summary>
/// <param name="Audience">Who the messages are for.</param>
/// <param name="Messages">How many messages.</param>
/// <param name="MedianWords">The median words (the mean of the middle two for an even count).</param>
/// <param name="P90Words">The 90th percentile of words (nearest rank: 9 in 10 messages have this many or fewer).</param>
/// <param name="MedianGrade">The median grade.</param>
/// <param name="P90Grade">The 90th percentile of grade (nearest rank).</param>
/// <param name="Limits">The limits these messages are held to (the welcome's first turn has its own word limit).</param>
public sealed record AudienceFigures(Audience Audience, int Messages, double MedianWords, double P90Words, double MedianGrade, double P90Grade, ReadabilityLimits Limits)
{
    /// <summary>The figures of some messages for one audience.</summary>
    /// <param name="audience">The audience.</param>
    /// <param name="messages">At least one message, all for <paramref name="audience"/>.</param>
    /// <returns>The figures.</returns>
    public static AudienceFigures Of(Audience audience, IReadOnlyList<MeasuredMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentOutOfRangeException.ThrowIfZero(messages.Count);
        var words = messages.Select(m => (double)m.Measure.Words).Order().ToList();
        var grades = messages.Select(m => m.Grade).Order().ToList();
        var limits = messages.GroupBy(m => m.Limits).OrderByDescending(g => g.Count()).First().Key;
        return new AudienceFigures(audience, messages.Count, Median(words), Percentile90(words), Median(grades), Percentile90(grades), limits);
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    private static double Percentile90(List<double> sorted) => sorted[(int)Math.Ceiling(0.9 * sorted.Count) - 1];
}
