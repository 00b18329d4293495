using System.Runtime.InteropServices;
using SafeSchools.Bot.Understanding.Features;

namespace SafeSchools.Bot.Understanding.Model;

/// <summary>
/// Writes and reads a trained model as one compact binary file: labels and vocabulary, then the kept weights as blocks
/// (row starts, a byte per column while there are at most 256 outputs, 16-bit values), so start-up reads it in a few
/// bulk copies. Not compressed: decompressing cost more time at start-up (Brotli 75 ms, zlib 33 ms) than it saved, and
/// git compresses the file in its own packs anyway.
/// </summary>
public static class ModelSerializer
{
    private const int Magic = 0x55535353; // "SSSU"
    private const int Version = 3;

    // Up to this many outputs, a weight's column fits in a byte on disk.
    private const int ByteColumns = 256;

    /// <summary>Writes <paramref name="model"/> to <paramref name="stream"/>.</summary>
    public static void Write(UnderstandingModel model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(model.DataHash);
        var options = model.Featurizer.Options;
        writer.Write(options.WordNgramLength);
        writer.Write(options.MinCharNgram);
        writer.Write(options.MaxCharNgram);
        writer.Write(options.MinDocumentFrequency);
        WriteStrings(writer, model.RiskLabels);
        WriteStrings(writer, model.IntentLabels);
        writer.Write(model.Vocabulary.Count);
        for (var row = 0; row < model.Vocabulary.Count; row++)
        {
            writer.Write(model.Vocabulary.Hashes[row]);
            writer.Write(model.Vocabulary.NameOf(row));
            writer.Write(model.Vocabulary.IdfOf(row));
        }

        writer.Write(model.Vocabulary.UnseenIdf);

        WriteWeights(writer, model.Weights);
        WriteFloats(writer, model.Biases);
        WriteFloats(writer, model.RiskSlopes);
        WriteFloats(writer, model.RiskOffsets);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of this version.</exception>
    public static UnderstandingModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not a SafeSchools understanding model of this version.");
        }

        var hash = reader.ReadString();
        var options = new FeaturizerOptions
        {
            WordNgramLength = reader.ReadInt32(),
            MinCharNgram = reader.ReadInt32(),
            MaxCharNgram = reader.ReadInt32(),
            MinDocumentFrequency = reader.ReadInt32(),
        };
        var risks = ReadStrings(reader);
        var intents = ReadStrings(reader);
        var count = reader.ReadInt32();
        var hashes = new uint[count];
        var names = new string[count];
        var idf = new float[count];
        for (var row = 0; row < count; row++)
        {
            hashes[row] = reader.ReadUInt32();
            names[row] = reader.ReadString();
            idf[row] = reader.ReadSingle();
        }

        var unseenIdf = reader.ReadSingle();

        return new UnderstandingModel(
            hash, options, new Vocabulary(hashes, names, idf, unseenIdf), risks, intents,
            ReadWeights(reader), ReadFloats(reader), ReadFloats(reader), ReadFloats(reader));
    }

    // Row starts, columns and values each as one block, so reading is three bulk copies rather than millions of calls.
    private static void WriteWeights(BinaryWriter writer, PrunedWeights weights)
    {
        var (rowStarts, columns, values) = weights.ToRows();
        writer.Write(weights.ColumnCount);
        WriteBlock<int>(writer, rowStarts);
        if (weights.ColumnCount <= ByteColumns)
        {
            WriteBlock<byte>(writer, [.. columns.Select(column => (byte)column)]);
        }
        else
        {
            WriteBlock<ushort>(writer, columns);
        }

        WriteBlock<Half>(writer, [.. values.Select(value => (Half)value)]);
    }

    private static PrunedWeights ReadWeights(BinaryReader reader)
    {
        var columnCount = reader.ReadInt32();
        var rowStarts = ReadBlock<int>(reader);
        return columnCount <= ByteColumns
            ? PrunedWeights.FromRows<byte>(columnCount, rowStarts, ReadBlock<byte>(reader), ReadBlock<Half>(reader))
            : PrunedWeights.FromRows<ushort>(columnCount, rowStarts, ReadBlock<ushort>(reader), ReadBlock<Half>(reader));
    }

    private static void WriteBlock<T>(BinaryWriter writer, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values));
    }

    private static T[] ReadBlock<T>(BinaryReader reader)
        where T : unmanaged
    {
        var length = reader.ReadInt32();
        if (length < 0)
        {
            throw new InvalidDataException("The model file is damaged.");
        }

        var values = new T[length];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    /// <summary>Writes a count, then each string (also used for the example memory's labels).</summary>
    internal static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    /// <summary>Reads what <see cref="WriteStrings"/> wrote; a damaged count is refused.</summary>
    internal static string[] ReadStrings(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count is < 0 or > 1_000_000)
        {
            throw new InvalidDataException("A list of labels is damaged.");
        }

        var values = new string[count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }

    private static void WriteFloats(BinaryWriter writer, ReadOnlySpan<float> values) => WriteBlock(writer, values);

    private static float[] ReadFloats(BinaryReader reader) => ReadBlock<float>(reader);
}
