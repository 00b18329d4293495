namespace SafeSchools.Bot.Understanding;

/// <summary>One risk found in a message.</summary>
/// <param name="Label">The risk, one of <see cref="RiskLabels.All"/>.</param>
/// <param name="Score">From 0 to 1 (a rule scores 1 when certain).</param>
/// <param name="Level">What the bot should do about it.</param>
/// <param name="Source">The layer that decided.</param>
/// <param name="Evidence">The rule that matched, or the model's strongest features (filled only when explaining).</param>
public sealed record RiskScore(string Label, double Score, RiskLevel Level, RecognitionSource Source, IReadOnlyList<string>? Evidence = null);
