namespace SafeSchools.Bot.Storage;

/// <summary>Memory storage lives only as long as the process, so there is nothing to sweep and it is always ready.</summary>
internal sealed class MemoryStorageMaintenance : IStorageMaintenance
{
    public Task<bool> CheckReadyAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public Task<int> DeleteNotWrittenSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) => Task.FromResult(0);
}
