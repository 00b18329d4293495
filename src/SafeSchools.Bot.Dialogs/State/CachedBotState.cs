using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs;

/// <summary>One scope's state for one turn: the JSON read from storage, its ETag, and the properties handed out.</summary>
internal sealed class CachedBotState
{
    private readonly Dictionary<string, (object? Value, Type Type)> _materialized = new(StringComparer.Ordinal);
    private JsonObject _json;
    private string? _storedJson;

    public CachedBotState(StoreItem? item)
    {
        ETag = item?.ETag;
        _json = item is null ? [] : JsonNode.Parse(item.Json) as JsonObject ?? [];

        // Compare against our own serialization of what was read: a store such as PostgreSQL JSONB gives the
        // document back reformatted, which must not count as a change and cost a write.
        _storedJson = item is null ? null : _json.ToJsonString(BotJson.Options);
    }

    public string? ETag { get; private set; }

    public bool TryGet<T>(string name, [MaybeNullWhen(false)] out T value)
    {
        if (_materialized.TryGetValue(name, out var entry) && entry.Value is T typed)
        {
            value = typed;
            return true;
        }

        if (_json.TryGetPropertyValue(name, out var node) && node is not null)
        {
            value = node.Deserialize<T>(BotJson.Options)!;
            _materialized[name] = (value, typeof(T));
            return value is not null;
        }

        value = default;
        return false;
    }

    public void Set<T>(string name, T value) => _materialized[name] = (value, typeof(T));

    public void Remove(string name)
    {
        _materialized.Remove(name);
        _json.Remove(name);
    }

    public void Clear()
    {
        _materialized.Clear();
        _json = [];
    }

    /// <summary>Serializes the handed-out properties; returns the JSON to write, or null when nothing changed.</summary>
    public string? GetChangedJson(bool force)
    {
        foreach (var (name, (value, type)) in _materialized)
        {
            _json[name] = value is null ? null : JsonSerializer.SerializeToNode(value, type, BotJson.Options);
        }

        var json = _json.ToJsonString(BotJson.Options);
        return force || !string.Equals(json, _storedJson ?? "{}", StringComparison.Ordinal) ? json : null;
    }

    public void MarkSaved(string json, string eTag)
    {
        _storedJson = json;
        ETag = eTag;
    }
}
