using System.Collections.Frozen;

namespace SafeSchools.Bot.Understanding.Features;

/// <summary>The features a model knows: each feature hash's row in the weights, and a readable name for explanations.</summary>
public sealed class Vocabulary
{
    private readonly FrozenDictionary<uint, int> _rows;
    private readonly string[] _names;

    /// <summary>Creates a vocabulary from features in row order.</summary>
    public Vocabulary(IReadOnlyList<uint> hashes, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        ArgumentNullException.ThrowIfNull(names);
        if (hashes.Count != names.Count)
        {
            throw new ArgumentException("Every feature needs a name.", nameof(names));
        }

        _rows = hashes.Select((hash, row) => KeyValuePair.Create(hash, row)).ToFrozenDictionary();
        _names = [.. names];
        Hashes = [.. hashes];
    }

    /// <summary>How many features.</summary>
    public int Count => _names.Length;

    /// <summary>Feature hashes in row order.</summary>
    public IReadOnlyList<uint> Hashes { get; }

    /// <summary>The row of a feature, or -1 when the model never saw it.</summary>
    public int RowOf(uint hash) => _rows.TryGetValue(hash, out var row) ? row : -1;

    /// <summary>The readable name of a row, e.g. "word: cant call".</summary>
    public string NameOf(int row) => _names[row];
}
