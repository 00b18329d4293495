namespace SafeSchools.Bot.Understanding.Training;

/// <summary>One distinct message to learn from: its intent (or none) and, per risk, whether it is an example of it.</summary>
/// <param name="Text">The message as written.</param>
/// <param name="Intent">Index into <see cref="TrainingSet.IntentLabels"/>, or -1 when it teaches risks only.</param>
/// <param name="Risks">Per risk label: a positive, a negative, or not used for that risk.</param>
public sealed record TrainingItem(string Text, int Intent, IReadOnlyList<RiskTarget> Risks);
