using System.Collections.Immutable;

namespace SafeSchools.Bot.Safeguarding.Content.Readability;

/// <summary>Every message measured by <see cref="ContentReadabilityCheck"/>, and those over a limit.</summary>
/// <param name="Messages">The messages measured, in the order they were walked (flows, answers, alerts, fallbacks).</param>
public sealed record ReadabilityReport(ImmutableArray<MeasuredMessage> Messages)
{
    /// <summary>Each figure over its limit, by file and line (words before grade for the same message).</summary>
    public IReadOnlyList<ReadabilityFinding> Findings { get; } =
        [.. Messages.SelectMany(m => m.Findings())
            .OrderBy(f => f.Message.Location.File, StringComparer.Ordinal)
            .ThenBy(f => f.Message.Location.Line)
            .ThenBy(f => f.Figure)];

    /// <summary>How many messages are over at least one limit.</summary>
    public int MessagesOverLimits => Findings.Select(f => f.Message).Distinct().Count();

    /// <summary>True when every message is within its limits.</summary>
    public bool IsWithinLimits => Findings.Count == 0;

    /// <summary>Median and 90th percentile of words and grade for each audience that has messages.</summary>
    /// <returns>Young people, then parents, then everyone.</returns>
    public IReadOnlyList<AudienceFigures> ByAudience() =>
        [.. Enum.GetValues<Audience>()
            .Select(audience => Messages.Where(m => m.Audience == audience).ToList())
            .Where(messages => messages.Count > 0)
            .Select(messages => AudienceFigures.Of(messages[0].Audience, messages))];
}
