using SafeSchools.Bot.Understanding.Model;
using SafeSchools.Bot.Understanding.Training;

namespace SafeSchools.Bot.Understanding.Meaning;

/// <summary>
/// Writes and reads an <see cref="ExampleMemory"/> as one binary file: labels, then per example its text, intent, risk
/// targets and vector. Vectors are kept as one byte per value with a scale per vector (a quarter of the size of floats;
/// cosine similarities move by less than 0.01), read back as floats.
/// </summary>
public static class ExampleMemorySerializer
{
    private const int Magic = 0x4D535353; // "SSSM"
    private const int Version = 1;

    /// <summary>Writes <paramref name="memory"/> to <paramref name="stream"/>.</summary>
    public static void Write(ExampleMemory memory, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(memory.DataHash);
        writer.Write(memory.EncoderName);
        writer.Write(memory.Dimensions);
        ModelSerializer.WriteStrings(writer, memory.RiskLabels);
        ModelSerializer.WriteStrings(writer, memory.IntentLabels);
        writer.Write(memory.Count);
        var quantized = new sbyte[memory.Dimensions];
        for (var i = 0; i < memory.Count; i++)
        {
            writer.Write(memory.Texts[i]);
            writer.Write(memory.IntentOf(i));
            for (var r = 0; r < memory.RiskLabels.Count; r++)
            {
                writer.Write((byte)memory.RiskOf(i, r));
            }

            var vector = memory.VectorOf(i);
            var largest = 0f;
            foreach (var value in vector)
            {
                largest = MathF.Max(largest, MathF.Abs(value));
            }

            var scale = largest > 0 ? largest / 127f : 1f;
            for (var d = 0; d < vector.Length; d++)
            {
                quantized[d] = (sbyte)Math.Clamp(MathF.Round(vector[d] / scale), -127, 127);
            }

            writer.Write(scale);
            writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(quantized.AsSpan()));
        }
    }

    /// <summary>Reads a memory written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a memory of this version.</exception>
    public static ExampleMemory Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not a SafeSchools example memory of this version.");
        }

        var dataHash = reader.ReadString();
        var encoderName = reader.ReadString();
        var dimensions = reader.ReadInt32();
        var riskLabels = ModelSerializer.ReadStrings(reader);
        var intentLabels = ModelSerializer.ReadStrings(reader);
        var count = reader.ReadInt32();
        if (dimensions is <= 0 or > 4096 || count is < 0 or > 10_000_000)
        {
            throw new InvalidDataException("The example memory's header is damaged.");
        }

        var texts = new string[count];
        var intents = new int[count];
        var risks = new RiskTarget[count * riskLabels.Length];
        var vectors = new float[count * dimensions];
        var quantized = new byte[dimensions];
        for (var i = 0; i < count; i++)
        {
            texts[i] = reader.ReadString();
            intents[i] = reader.ReadInt32();
            for (var r = 0; r < riskLabels.Length; r++)
            {
                risks[(i * riskLabels.Length) + r] = (RiskTarget)reader.ReadByte();
            }

            var scale = reader.ReadSingle();
            reader.BaseStream.ReadExactly(quantized);
            var vector = vectors.AsSpan(i * dimensions, dimensions);
            for (var d = 0; d < dimensions; d++)
            {
                vector[d] = (sbyte)quantized[d] * scale;
            }
        }

        return new ExampleMemory(dataHash, encoderName, dimensions, riskLabels, intentLabels, texts, vectors, intents, risks);
    }
}
