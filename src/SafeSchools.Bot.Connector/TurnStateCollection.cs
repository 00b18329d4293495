namespace SafeSchools.Bot.Connector;

/// <summary>Per-turn values keyed by name or by type.</summary>
public sealed class TurnStateCollection
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    /// <summary>Gets a value by key, or default.</summary>
    public T? Get<T>(string key) => _values.TryGetValue(key, out var value) && value is T typed ? typed : default;

    /// <summary>Gets a value keyed by its type's full name, or default.</summary>
    public T? Get<T>() => Get<T>(typeof(T).FullName!);

    /// <summary>Sets a value by key.</summary>
    public void Set<T>(string key, T value)
        where T : notnull => _values[key] = value;

    /// <summary>Sets a value keyed by its type's full name.</summary>
    public void Set<T>(T value)
        where T : notnull => Set(typeof(T).FullName!, value);

    /// <summary>Removes a value.</summary>
    public bool Remove(string key) => _values.Remove(key);
}
