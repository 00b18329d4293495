using System.Runtime.InteropServices;
using SafeSchools.Bot.Understanding.Features;

namespace SafeSchools.Bot.Understanding.Model;

/// <summary>Writes and reads a trained model as one binary file, so start-up loads it in milliseconds.</summary>
public static class ModelSerializer
{
    private const int Magic = 0x55535353; // "SSSU"
    private const int Version = 2;

    /// <summary>Writes <paramref name="model"/> to <paramref name="stream"/>.</summary>
    public static void Write(UnderstandingModel model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(model);
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

        WriteFloats(writer, model.Weights);
        WriteFloats(writer, model.Biases);
        WriteFloats(writer, model.RiskSlopes);
        WriteFloats(writer, model.RiskOffsets);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of this version.</exception>
    public static UnderstandingModel Read(Stream stream)
    {
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
            ReadFloats(reader), ReadFloats(reader), ReadFloats(reader), ReadFloats(reader));
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var values = new string[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }

    private static void WriteFloats(BinaryWriter writer, ReadOnlySpan<float> values)
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values));
    }

    private static float[] ReadFloats(BinaryReader reader)
    {
        var values = new float[reader.ReadInt32()];
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        reader.BaseStream.ReadExactly(bytes);
        return values;
    }
}
