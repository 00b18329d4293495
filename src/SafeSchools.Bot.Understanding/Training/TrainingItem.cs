namespace SafeSchools.Bot.Understanding.Training;

/// <summary>One distinct message to learn from: its intent (or none) and, per risk, whether it is an example of it.</summary>
/// <param name="Text">The message as written.</param>
/// <param name="Intent">Index into <see cref="TrainingSet.IntentLabels"/>, or -1 when it teaches risks only.</param>
/// <param name="Risks">Per risk label: a positive, a negative, or not used for that risk.</param>
public sealed record TrainingItem(string Text, int Intent, IReadOnlyList<RiskTarget> Risks)
{
    /// <summary>Whether it is a hard negative: a risk line officers wrote as "must raise nothing" (risk.lu's <c>none</c>).</summary>
    public bool IsHardNegative => Intent < 0 && Risks.All(t => t == RiskTarget.Negative);
}
