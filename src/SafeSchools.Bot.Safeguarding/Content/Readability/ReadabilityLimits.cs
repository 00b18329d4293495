namespace SafeSchools.Bot.Safeguarding.Content.Readability;

/// <summary>How long and how hard one message may be.</summary>
/// <param name="MaxWords">The most words in the message (for a flow, in the whole turn).</param>
/// <param name="MaxGrade">The highest Flesch-Kincaid grade.</param>
public sealed record ReadabilityLimits(int MaxWords, double MaxGrade);
