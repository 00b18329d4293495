namespace SafeSchools.Bot.Understanding.Meaning;

/// <summary>What the nearest training examples in meaning say about a message.</summary>
/// <param name="Risks">Per risk, the similarity-weighted share of the neighbours that are examples of it (0-1).</param>
/// <param name="Intents">Per intent, the similarity-weighted share of the neighbours labelled with it (summing to 1 or 0).</param>
/// <param name="Nearest">The neighbours, nearest first.</param>
public sealed record MeaningScores(IReadOnlyList<float> Risks, IReadOnlyList<float> Intents, IReadOnlyList<Neighbour> Nearest);
