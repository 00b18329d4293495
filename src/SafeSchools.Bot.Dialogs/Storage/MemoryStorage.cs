using System.Globalization;

namespace SafeSchools.Bot.Dialogs;

/// <summary>
/// Thread-safe in-process <see cref="IStorage"/>. Items are held as UTF-8 JSON, so no object is shared between turns.
/// For tests and single-instance development only: state is lost on restart.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, StoreItem> _items = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _version;

    /// <summary>The number of stored items.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    found[key] = item;
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var eTags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        lock (_lock)
        {
            // Check every item before writing any, so a batch is all or nothing.
            foreach (var (key, item) in changes)
            {
                if (!IsWriteAllowed(key, item))
                {
                    // A faulted task, as a real store's would be, never a synchronous throw.
                    return Task.FromException<IReadOnlyDictionary<string, string>>(StorageConcurrencyException.ForKey(key));
                }
            }

            foreach (var (key, item) in changes)
            {
                var eTag = (++_version).ToString(CultureInfo.InvariantCulture);
                _items[key] = new StoreItem(item.Utf8Json, eTag);
                eTags[key] = eTag;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(eTags);
    }

    /// <inheritdoc />
    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    private bool IsWriteAllowed(string key, StoreItem item) => item.ETag switch
    {
        StoreItem.AnyETag => true,
        null => !_items.ContainsKey(key),
        _ => _items.TryGetValue(key, out var stored) && stored.ETag == item.ETag,
    };
}
