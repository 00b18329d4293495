using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs;

/// <summary>
/// One scope's state for one turn: the JSON read from storage, its ETag, and the properties handed out. The document
/// is not parsed into a tree: each property keeps its raw JSON, deserialized only when asked for, and a property never
/// handed out is written back as it was read.
/// </summary>
internal sealed class CachedBotState
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = BotJson.Options.Encoder };
    private static readonly ReadOnlyMemory<byte> EmptyObject = "{}"u8.ToArray();

    private readonly Dictionary<string, (object? Value, Type Type)> _materialized = new(StringComparer.Ordinal);
    private readonly OrderedDictionary<string, ReadOnlyMemory<byte>> _stored = new(StringComparer.Ordinal);
    private ReadOnlyMemory<byte> _storedJson = EmptyObject;
    private bool _storedCompact = true;

    public CachedBotState(StoreItem? item)
    {
        ETag = item?.ETag;
        if (item is not null)
        {
            _storedJson = item.Utf8Json;
            _storedCompact = ReadProperties(_storedJson, _stored);
        }
    }

    public string? ETag { get; private set; }

    public bool TryGet<T>(string name, [MaybeNullWhen(false)] out T value)
    {
        if (_materialized.TryGetValue(name, out var entry) && entry.Value is T typed)
        {
            value = typed;
            return true;
        }

        if (_stored.TryGetValue(name, out var raw) && !IsNull(raw.Span))
        {
            value = JsonSerializer.Deserialize<T>(raw.Span, BotJson.Options)!;
            _materialized[name] = (value, typeof(T));
            return value is not null;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Reads a property as <typeparamref name="T"/> without handing it out: nothing is kept, and the property is still
    /// written back as it was read. For a look at part of a property (its other members skipped, not materialized).
    /// </summary>
    public bool TryPeek<T>(string name, [MaybeNullWhen(false)] out T value)
    {
        if (_materialized.TryGetValue(name, out var entry))
        {
            // Handed out already, perhaps changed: read as it would be written.
            value = entry.Value is T typed ? typed
                : entry.Value is null ? default
                : JsonSerializer.Deserialize<T>(JsonSerializer.SerializeToUtf8Bytes(entry.Value, entry.Type, BotJson.Options), BotJson.Options);
            return value is not null;
        }

        value = _stored.TryGetValue(name, out var raw) && !IsNull(raw.Span) ? JsonSerializer.Deserialize<T>(raw.Span, BotJson.Options) : default;
        return value is not null;
    }

    public void Set<T>(string name, T value) => _materialized[name] = (value, typeof(T));

    public void Remove(string name)
    {
        _materialized.Remove(name);
        _stored.Remove(name);
    }

    public void Clear()
    {
        _materialized.Clear();
        _stored.Clear();
    }

    /// <summary>Serializes the handed-out properties; returns the UTF-8 JSON to write, or null when nothing changed.</summary>
    public byte[]? GetChangedJson(bool force)
    {
        using var buffer = new PooledBufferWriter(_storedJson.Length + 256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var (name, raw) in _stored)
            {
                writer.WritePropertyName(name);
                if (_materialized.TryGetValue(name, out var entry))
                {
                    WriteValue(writer, entry);
                }
                else
                {
                    writer.WriteRawValue(raw.Span, skipInputValidation: true);
                }
            }

            foreach (var (name, entry) in _materialized)
            {
                if (!_stored.ContainsKey(name))
                {
                    writer.WritePropertyName(name);
                    WriteValue(writer, entry);
                }
            }

            writer.WriteEndObject();
        }

        return force || !IsStored(buffer.WrittenSpan) ? buffer.WrittenSpan.ToArray() : null;
    }

    public void MarkSaved(byte[] json, string eTag)
    {
        _storedJson = json;
        _storedCompact = true;
        ETag = eTag;
    }

    private static void WriteValue(Utf8JsonWriter writer, (object? Value, Type Type) entry)
    {
        if (entry.Value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            JsonSerializer.Serialize(writer, entry.Value, entry.Type, BotJson.Options);
        }
    }

    // Whether json is what was read. A store such as PostgreSQL (JSONB) gives the document back with white space of its
    // own, which must not count as a change and cost a write: such a document is compared without its white space.
    private bool IsStored(ReadOnlySpan<byte> json)
    {
        if (json.SequenceEqual(_storedJson.Span))
        {
            return true;
        }

        if (_storedCompact)
        {
            return false;
        }

        using var document = JsonDocument.Parse(_storedJson);
        using var compact = new PooledBufferWriter(_storedJson.Length);
        using (var writer = new Utf8JsonWriter(compact, WriterOptions))
        {
            document.WriteTo(writer);
        }

        return json.SequenceEqual(compact.WrittenSpan);
    }

    // Collects each top-level property's raw value; returns whether the document has no white space between them (as
    // this class writes it). A document that is not an object holds no properties.
    private static bool ReadProperties(ReadOnlyMemory<byte> utf8, OrderedDictionary<string, ReadOnlyMemory<byte>> properties)
    {
        var reader = new Utf8JsonReader(utf8.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return true;
        }

        var compact = reader.TokenStartIndex == 0;
        var expectedName = 1L;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            compact &= reader.TokenStartIndex == expectedName;
            var name = reader.GetString()!;
            var afterName = reader.BytesConsumed;
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            compact &= start == afterName;
            reader.Skip();
            properties[name] = utf8.Slice(start, (int)reader.BytesConsumed - start);
            expectedName = reader.BytesConsumed + 1;
        }

        return compact && reader.BytesConsumed == utf8.Length;
    }

    private static bool IsNull(ReadOnlySpan<byte> raw) => raw.SequenceEqual("null"u8);
}
