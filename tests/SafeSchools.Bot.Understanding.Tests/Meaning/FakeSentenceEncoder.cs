using SafeSchools.Bot.Understanding.Meaning;

namespace SafeSchools.Bot.Understanding.Tests.Meaning;

/// <summary>An encoder that gives each known text a fixed vector (else <see cref="Elsewhere"/>) and counts its calls.</summary>
internal sealed class FakeSentenceEncoder(IReadOnlyDictionary<string, float[]> vectors, string name = FakeSentenceEncoder.DefaultName) : ISentenceEncoder
{
    public const string DefaultName = "fake encoder";

    public static float[] Elsewhere { get; } = [0, 0, 1];

    public int Calls { get; private set; }

    public string Name => name;

    public int Dimensions => 3;

    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        Calls++;
        return [.. texts.Select(t => vectors.TryGetValue(t, out var v) ? v : Elsewhere)];
    }
}
