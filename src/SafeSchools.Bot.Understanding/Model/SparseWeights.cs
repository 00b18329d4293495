namespace SafeSchools.Bot.Understanding.Model;

/// <summary>
/// A model's weights, one row per feature and one column per output, kept sparse: weights nearer zero than a cut-off
/// are dropped and the rest rounded to 16-bit precision. Of a trained model's ten million weights about a fifth matter;
/// kept this way the model is small enough to ship with the data (megabytes, not forty) and loads in milliseconds, and
/// the rounding happens here, so a model scores the same freshly trained as read back from its file.
/// </summary>
public sealed class SparseWeights
{
    private readonly int[] _rowStarts;
    private readonly ushort[] _columns;
    private readonly float[] _values;

    private SparseWeights(int columnCount, int[] rowStarts, ushort[] columns, float[] values)
    {
        ColumnCount = columnCount;
        _rowStarts = rowStarts;
        _columns = columns;
        _values = values;
    }

    /// <summary>How many rows (features).</summary>
    public int RowCount => _rowStarts.Length - 1;

    /// <summary>How many columns (outputs).</summary>
    public int ColumnCount { get; }

    /// <summary>How many weights are kept.</summary>
    public int Count => _values.Length;

    internal ReadOnlySpan<int> RowStarts => _rowStarts;

    internal ReadOnlySpan<ushort> Columns => _columns;

    internal ReadOnlySpan<float> Values => _values;

    /// <summary>
    /// Keeps the weights of a dense row-major matrix whose magnitude is at least <paramref name="dropBelow"/>, each rounded
    /// to 16-bit precision.
    /// </summary>
    public static SparseWeights FromDense(ReadOnlySpan<float> dense, int rowCount, int columnCount, float dropBelow)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columnCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(columnCount, ushort.MaxValue + 1);
        ArgumentOutOfRangeException.ThrowIfNegative(dropBelow);
        if (dense.Length != rowCount * columnCount)
        {
            throw new ArgumentException("The matrix does not have rows × columns weights.", nameof(dense));
        }

        var rowStarts = new int[rowCount + 1];
        var columns = new List<ushort>();
        var values = new List<float>();
        for (var row = 0; row < rowCount; row++)
        {
            var weights = dense.Slice(row * columnCount, columnCount);
            for (var column = 0; column < weights.Length; column++)
            {
                var rounded = Round(weights[column]);
                if (MathF.Abs(weights[column]) >= dropBelow && rounded != 0f)
                {
                    columns.Add((ushort)column);
                    values.Add(rounded);
                }
            }

            rowStarts[row + 1] = values.Count;
        }

        return new SparseWeights(columnCount, rowStarts, [.. columns], [.. values]);
    }

    /// <summary>Rebuilds weights from their parts (as <see cref="ModelSerializer"/> reads them); checks they fit together.</summary>
    internal static SparseWeights FromParts(int columnCount, int[] rowStarts, ushort[] columns, float[] values)
    {
        if (rowStarts.Length == 0 || rowStarts[0] != 0 || rowStarts[^1] != values.Length || columns.Length != values.Length)
        {
            throw new InvalidDataException("The model's weights are inconsistent.");
        }

        for (var row = 1; row < rowStarts.Length; row++)
        {
            if (rowStarts[row] < rowStarts[row - 1])
            {
                throw new InvalidDataException("The model's weights are inconsistent.");
            }
        }

        foreach (var column in columns)
        {
            if (column >= columnCount)
            {
                throw new InvalidDataException("The model's weights are inconsistent.");
            }
        }

        return new SparseWeights(columnCount, rowStarts, columns, values);
    }

    /// <summary>Rounds a weight to the precision a model keeps (16-bit), as training and reading both do.</summary>
    public static float Round(float weight) => (float)(Half)weight;

    /// <summary>The weight at <paramref name="row"/>, <paramref name="column"/> (zero when dropped).</summary>
    public float this[int row, int column]
    {
        get
        {
            for (var i = _rowStarts[row]; i < _rowStarts[row + 1]; i++)
            {
                if (_columns[i] == column)
                {
                    return _values[i];
                }
            }

            return 0f;
        }
    }

    /// <summary>Adds row <paramref name="row"/> × <paramref name="scale"/> to <paramref name="target"/> (one value per column).</summary>
    public void AddRowTo(int row, float scale, Span<float> target)
    {
        var end = _rowStarts[row + 1];
        for (var i = _rowStarts[row]; i < end; i++)
        {
            target[_columns[i]] += _values[i] * scale;
        }
    }
}
