using System.Text.Json;
using System.Text.Json.Serialization;

namespace SafeSchools.Bot.Dialogs;

/// <summary>
/// Writes UTF-8 text as a JSON string and reads it back unescaped: the same JSON as the text held in a
/// <see cref="string"/>, without decoding it to UTF-16 and encoding it again (the default for bytes is base64).
/// </summary>
internal sealed class Utf8JsonStringConverter : JsonConverter<ReadOnlyMemory<byte>>
{
    public override ReadOnlyMemory<byte> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Expected a JSON string.");
        }

        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan.ToArray();
        }

        // Unescaped, a string is never longer than it is escaped.
        var utf8 = new byte[reader.ValueSpan.Length];
        return utf8.AsMemory(0, reader.CopyString(utf8));
    }

    public override void Write(Utf8JsonWriter writer, ReadOnlyMemory<byte> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Span);
    }
}
