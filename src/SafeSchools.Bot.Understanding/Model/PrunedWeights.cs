using System.Numerics;

namespace SafeSchools.Bot.Understanding.Model;

/// <summary>
/// A model's weights, one row per feature and one column per output, pruned: weights nearer zero than a cut-off are
/// dropped and the rest rounded to 16-bit precision. Of a trained model's ten million weights about a fifth matter;
/// written as only those (<see cref="ModelSerializer"/>) the model is small enough to ship with its data (8 MB, not 43)
/// and loads in milliseconds. In memory, a row that keeps many weights (a common n-gram, with a weight for nearly every
/// output) stays dense and is added with SIMD, and the rest keep only their weights: scattering every row made scoring a
/// 101-character message four times slower (142 µs against 32 µs), and making every row dense doubled the load time.
/// The rounding happens here, so a model scores the same freshly trained as read back from its file.
/// </summary>
public sealed class PrunedWeights
{
    private readonly int[] _denseSlots;
    private readonly float[] _dense;
    private readonly int[] _sparseStarts;
    private readonly ushort[] _sparseColumns;
    private readonly float[] _sparseValues;

    // Rows as (start of each row, column, value) over the kept weights; a row keeping at least a quarter of the columns is
    // kept dense.
    private PrunedWeights(int columnCount, int[] rowStarts, ushort[] columns, float[] values)
    {
        ColumnCount = columnCount;
        RowCount = rowStarts.Length - 1;
        Count = values.Length;
        var denseFrom = Math.Max(1, columnCount / 4);
        _denseSlots = new int[RowCount];
        _sparseStarts = new int[RowCount + 1];
        var denseRows = 0;
        for (var row = 0; row < RowCount; row++)
        {
            var kept = rowStarts[row + 1] - rowStarts[row];
            _denseSlots[row] = kept >= denseFrom ? denseRows++ : -1;
            _sparseStarts[row + 1] = _sparseStarts[row] + (_denseSlots[row] < 0 ? kept : 0);
        }

        _dense = new float[denseRows * columnCount];
        _sparseColumns = new ushort[_sparseStarts[RowCount]];
        _sparseValues = new float[_sparseStarts[RowCount]];
        for (var row = 0; row < RowCount; row++)
        {
            var slot = _denseSlots[row];
            for (int i = rowStarts[row], next = _sparseStarts[row]; i < rowStarts[row + 1]; i++)
            {
                if (slot >= 0)
                {
                    _dense[(slot * columnCount) + columns[i]] = values[i];
                }
                else
                {
                    _sparseColumns[next] = columns[i];
                    _sparseValues[next++] = values[i];
                }
            }
        }
    }

    /// <summary>How many rows (features).</summary>
    public int RowCount { get; }

    /// <summary>How many columns (outputs).</summary>
    public int ColumnCount { get; }

    /// <summary>How many weights are kept (not dropped).</summary>
    public int Count { get; }

    /// <summary>
    /// Keeps the weights of a dense row-major matrix whose magnitude is at least <paramref name="dropBelow"/>, each rounded
    /// to 16-bit precision.
    /// </summary>
    public static PrunedWeights FromDense(ReadOnlySpan<float> dense, int rowCount, int columnCount, float dropBelow)
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
            for (var column = 0; column < columnCount; column++)
            {
                var weight = dense[(row * columnCount) + column];
                var rounded = Round(weight);
                if (MathF.Abs(weight) >= dropBelow && rounded != 0f)
                {
                    columns.Add((ushort)column);
                    values.Add(rounded);
                }
            }

            rowStarts[row + 1] = values.Count;
        }

        return new PrunedWeights(columnCount, rowStarts, [.. columns], [.. values]);
    }

    /// <summary>Rounds a weight to the precision a model keeps (16-bit), as training and reading both do.</summary>
    public static float Round(float weight) => (float)(Half)weight;

    /// <summary>The weight at <paramref name="row"/>, <paramref name="column"/> (zero when dropped).</summary>
    public float this[int row, int column]
    {
        get
        {
            if (_denseSlots[row] is var slot and >= 0)
            {
                return _dense[(slot * ColumnCount) + column];
            }

            for (var i = _sparseStarts[row]; i < _sparseStarts[row + 1]; i++)
            {
                if (_sparseColumns[i] == column)
                {
                    return _sparseValues[i];
                }
            }

            return 0f;
        }
    }

    /// <summary>Adds row <paramref name="row"/> × <paramref name="scale"/> to <paramref name="target"/> (one value per column).</summary>
    public void AddRowTo(int row, float scale, Span<float> target)
    {
        if (_denseSlots[row] is var slot and >= 0)
        {
            AddScaled(_dense.AsSpan(slot * ColumnCount, ColumnCount), scale, target);
            return;
        }

        var end = _sparseStarts[row + 1];
        for (var i = _sparseStarts[row]; i < end; i++)
        {
            target[_sparseColumns[i]] += _sparseValues[i] * scale;
        }
    }

    /// <summary>The kept weights row by row (as written to a model file): where each row starts, their columns, their values.</summary>
    internal (int[] RowStarts, ushort[] Columns, float[] Values) ToRows()
    {
        var rowStarts = new int[RowCount + 1];
        var columns = new ushort[Count];
        var values = new float[Count];
        var next = 0;
        for (var row = 0; row < RowCount; row++)
        {
            if (_denseSlots[row] is var slot and >= 0)
            {
                var weights = _dense.AsSpan(slot * ColumnCount, ColumnCount);
                for (var column = 0; column < weights.Length; column++)
                {
                    if (weights[column] != 0f)
                    {
                        columns[next] = (ushort)column;
                        values[next++] = weights[column];
                    }
                }
            }
            else
            {
                var (start, length) = (_sparseStarts[row], _sparseStarts[row + 1] - _sparseStarts[row]);
                _sparseColumns.AsSpan(start, length).CopyTo(columns.AsSpan(next));
                _sparseValues.AsSpan(start, length).CopyTo(values.AsSpan(next));
                next += length;
            }

            rowStarts[row + 1] = next;
        }

        return (rowStarts, columns, values);
    }

    /// <summary>Rebuilds weights from their kept rows (as <see cref="ModelSerializer"/> reads them); checks they fit together.</summary>
    /// <exception cref="InvalidDataException">The parts do not fit together.</exception>
    internal static PrunedWeights FromRows<TColumn>(int columnCount, int[] rowStarts, ReadOnlySpan<TColumn> columns, ReadOnlySpan<Half> values)
        where TColumn : unmanaged, IBinaryInteger<TColumn>
    {
        if (columnCount <= 0 || rowStarts.Length == 0 || rowStarts[0] != 0 || rowStarts[^1] != values.Length || columns.Length != values.Length)
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

        var keptColumns = new ushort[columns.Length];
        var keptValues = new float[values.Length];
        for (var i = 0; i < keptColumns.Length; i++)
        {
            var column = int.CreateTruncating(columns[i]);
            keptColumns[i] = column < columnCount ? (ushort)column : throw new InvalidDataException("The model's weights are inconsistent.");
            keptValues[i] = (float)values[i];
        }

        return new PrunedWeights(columnCount, rowStarts, keptColumns, keptValues);
    }

    private static void AddScaled(ReadOnlySpan<float> weights, float scale, Span<float> target)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && weights.Length >= Vector<float>.Count)
        {
            var factor = new Vector<float>(scale);
            for (; i <= weights.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                var sum = new Vector<float>(target[i..]) + (new Vector<float>(weights[i..]) * factor);
                sum.CopyTo(target[i..]);
            }
        }

        for (; i < weights.Length; i++)
        {
            target[i] += weights[i] * scale;
        }
    }
}
