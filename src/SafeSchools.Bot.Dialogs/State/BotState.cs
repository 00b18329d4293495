using SafeSchools.Bot.Connector;

namespace SafeSchools.Bot.Dialogs;

/// <summary>
/// A scope of state (conversation, user) kept in an <see cref="IStorage"/> as one JSON document per key. It is read at
/// most once per turn (cached in <see cref="ITurnContext.TurnState"/>) and written at most once per
/// <see cref="SaveChangesAsync"/>, only when it changed, with the ETag it was read with, so a concurrent turn's write is
/// never silently lost: the later writer gets <see cref="StorageConcurrencyException"/>.
/// </summary>
public abstract class BotState
{
    private readonly IStorage _storage;
    private readonly string _contextServiceKey;

    /// <summary>Creates a scope stored in <paramref name="storage"/> and cached under <paramref name="contextServiceKey"/>.</summary>
    protected BotState(IStorage storage, string contextServiceKey)
    {
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
        ArgumentException.ThrowIfNullOrEmpty(contextServiceKey);
        _contextServiceKey = contextServiceKey;
    }

    /// <summary>Creates an accessor for a named property of this scope.</summary>
    public IStatePropertyAccessor<T> CreateProperty<T>(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new StatePropertyAccessor<T>(this, name);
    }

    /// <summary>Reads the scope from storage unless this turn already has it (or <paramref name="force"/> is set).</summary>
    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (force || turnContext.TurnState.Get<CachedBotState>(_contextServiceKey) is null)
        {
            var key = GetStorageKey(turnContext);
            var items = await _storage.ReadAsync([key], cancellationToken);
            turnContext.TurnState.Set(_contextServiceKey, new CachedBotState(items.GetValueOrDefault(key)));
        }
    }

    /// <summary>Writes the scope if it changed this turn (or <paramref name="force"/> is set).</summary>
    /// <exception cref="StorageConcurrencyException">Another turn wrote the scope since it was read.</exception>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = turnContext.TurnState.Get<CachedBotState>(_contextServiceKey);
        var json = cached?.GetChangedJson(force);
        if (cached is null || json is null)
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var eTags = await _storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(json, cached.ETag) }, cancellationToken);
        cached.MarkSaved(json, eTags[key]);
    }

    /// <summary>Empties the scope for this turn; the empty state is written by the next save.</summary>
    public async Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var cached = await LoadCachedAsync(turnContext, cancellationToken);
        cached.Clear();
    }

    /// <summary>Deletes the scope from storage and from this turn's cache.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Remove(_contextServiceKey);
        await _storage.DeleteAsync([GetStorageKey(turnContext)], cancellationToken);
    }

    /// <summary>The storage key of this scope for the turn.</summary>
    protected abstract string GetStorageKey(ITurnContext turnContext);

    internal async Task<CachedBotState> LoadCachedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, false, cancellationToken);
        return turnContext.TurnState.Get<CachedBotState>(_contextServiceKey)!;
    }

    /// <summary>Returns <paramref name="value"/> or throws because the activity lacks a field the key needs.</summary>
    protected static string Require(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new InvalidOperationException($"The activity has no {field}; state cannot be keyed.") : value;
}
