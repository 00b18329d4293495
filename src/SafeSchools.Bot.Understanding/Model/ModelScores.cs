namespace SafeSchools.Bot.Understanding.Model;

/// <summary>What the model makes of one message: a probability per risk (independent) and per intent (summing to 1).</summary>
/// <param name="Risks">In the order of <see cref="UnderstandingModel.RiskLabels"/>.</param>
/// <param name="Intents">In the order of <see cref="UnderstandingModel.IntentLabels"/>.</param>
public sealed record ModelScores(IReadOnlyList<float> Risks, IReadOnlyList<float> Intents);
