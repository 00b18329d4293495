using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Tests.Infrastructure;

/// <summary>A state store that is down until <see cref="Recover"/> is called.</summary>
public sealed class FailingStorage : IStorage
{
    private readonly MemoryStorage _inner = new();
    private volatile bool _down = true;

    public void Recover() => _down = false;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        _down ? Task.FromException<IReadOnlyDictionary<string, StoreItem>>(new TimeoutException("store unreachable")) : _inner.ReadAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default) =>
        _down ? Task.FromException<IReadOnlyDictionary<string, string>>(new TimeoutException("store unreachable")) : _inner.WriteAsync(changes, cancellationToken);

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        _down ? Task.FromException(new TimeoutException("store unreachable")) : _inner.DeleteAsync(keys, cancellationToken);
}
