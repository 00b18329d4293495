using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Tests.Infrastructure;

/// <summary>A real store whose reads meet at a <see cref="ReadRendezvous"/>, and which counts ETag conflicts.</summary>
public sealed class RendezvousStorage(IStorage inner, ReadRendezvous rendezvous) : IStorage
{
    private int _conflicts;

    /// <summary>How many writes were refused because another turn had saved first.</summary>
    public int Conflicts => Volatile.Read(ref _conflicts);

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var items = await inner.ReadAsync(keys, cancellationToken);
        await rendezvous.ArriveAsync(cancellationToken);
        return items;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.WriteAsync(changes, cancellationToken);
        }
        catch (StorageConcurrencyException)
        {
            Interlocked.Increment(ref _conflicts);
            throw;
        }
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
}
