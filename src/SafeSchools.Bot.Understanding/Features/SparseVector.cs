using System.Buffers;

namespace SafeSchools.Bot.Understanding.Features;

/// <summary>
/// A message as a sparse TF-IDF vector over a <see cref="Vocabulary"/>: each distinct feature weighs
/// (1 + ln count) × idf; word n-grams and character n-grams are each scaled to unit length, so the many character
/// pieces do not drown the words. Unknown features still count towards the length, so a message mostly made of words
/// the model never saw is scored with less confidence. Buffers are rented: dispose it.
/// </summary>
public readonly struct SparseVector : IDisposable
{
    private readonly int[] _rows;
    private readonly float[] _values;

    private SparseVector(int[] rows, float[] values, int count)
    {
        _rows = rows;
        _values = values;
        Count = count;
    }

    /// <summary>How many known features the message has.</summary>
    public int Count { get; }

    /// <summary>Rows of the known features.</summary>
    public ReadOnlySpan<int> Rows => _rows.AsSpan(0, Count);

    /// <summary>Their values.</summary>
    public ReadOnlySpan<float> Values => _values.AsSpan(0, Count);

    /// <summary>Featurizes <paramref name="normalized"/> against <paramref name="vocabulary"/>.</summary>
    public static SparseVector Create(string normalized, TextFeaturizer featurizer, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(featurizer);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var hashes = ArrayPool<uint>.Shared.Rent(Math.Max(1, featurizer.MaxFeatures(normalized.Length)));
        try
        {
            var count = featurizer.Extract(normalized, hashes, out var words);
            var rows = ArrayPool<int>.Shared.Rent(Math.Max(1, count));
            var values = ArrayPool<float>.Shared.Rent(Math.Max(1, count));
            var known = AddBlock(hashes.AsSpan(0, words), vocabulary, rows, values, 0);
            known = AddBlock(hashes.AsSpan(words, count - words), vocabulary, rows, values, known);
            return new SparseVector(rows, values, known);
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(hashes);
        }
    }

    // Adds one block of features (words, or characters) scaled to unit length; returns the new count of known features.
    private static int AddBlock(Span<uint> hashes, Vocabulary vocabulary, int[] rows, float[] values, int count)
    {
        hashes.Sort();
        var first = count;
        var squares = 0.0;
        for (var i = 0; i < hashes.Length;)
        {
            var j = i + 1;
            while (j < hashes.Length && hashes[j] == hashes[i])
            {
                j++;
            }

            var row = vocabulary.RowOf(hashes[i]);
            var value = (1f + MathF.Log(j - i)) * (row >= 0 ? vocabulary.IdfOf(row) : vocabulary.UnseenIdf);
            squares += value * value;
            if (row >= 0)
            {
                rows[count] = row;
                values[count++] = value;
            }

            i = j;
        }

        var scale = squares > 0 ? (float)(1 / Math.Sqrt(squares)) : 0f;
        for (var i = first; i < count; i++)
        {
            values[i] *= scale;
        }

        return count;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_rows is not null)
        {
            ArrayPool<int>.Shared.Return(_rows);
            ArrayPool<float>.Shared.Return(_values);
        }
    }
}
