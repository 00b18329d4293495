namespace SafeSchools.Bot.Understanding.Meaning;

/// <summary>
/// Turns a message into a vector of its meaning (a sentence embedding): messages that mean the same point the same way
/// whatever their words. Vectors have unit length, so the dot product of two is their cosine similarity.
/// </summary>
public interface ISentenceEncoder
{
    /// <summary>The encoder's name and version: part of the identity of an <see cref="ExampleMemory"/> built with it.</summary>
    string Name { get; }

    /// <summary>The length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>Encodes <paramref name="texts"/>, in order. Thread-safe.</summary>
    IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
