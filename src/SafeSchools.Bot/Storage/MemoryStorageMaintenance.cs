namespace SafeSchools.Bot.Storage;

/// <summary>Memory storage lives only as long as the process, so there is nothing to sweep and it is always ready.</summary>
internal sealed class MemoryStorageMaintenance : IStorageMaintenance
{
    public Task<StoreReadiness> CheckReadyAsync(CancellationToken cancellationToken = default) => Task.FromResult(StoreReadiness.Ready);

    public Task<int> DeleteNotWrittenSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) => Task.FromResult(0);
}
