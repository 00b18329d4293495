namespace SafeSchools.Bot.Understanding.Meaning;

/// <summary>A training example near a message in meaning.</summary>
/// <param name="Example">Its index in the <see cref="ExampleMemory"/>.</param>
/// <param name="Similarity">Cosine similarity, from -1 to 1 (1: the same meaning).</param>
public readonly record struct Neighbour(int Example, float Similarity);
