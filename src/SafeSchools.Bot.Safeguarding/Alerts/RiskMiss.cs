namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>A line the detector got wrong, for the report.</summary>
/// <param name="Line">The line number in the evaluation file.</param>
/// <param name="Expected">The label on the line.</param>
/// <param name="Found">The categories raised (with "?" for uncertain), or "none".</param>
/// <param name="Utterance">The message.</param>
public sealed record RiskMiss(int Line, string Expected, string Found, string Utterance);
