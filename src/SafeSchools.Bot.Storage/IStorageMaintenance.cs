namespace SafeSchools.Bot.Storage;

/// <summary>What a durable store offers besides reads and writes: readiness checks and the retention sweep.</summary>
public interface IStorageMaintenance
{
    /// <summary>
    /// Creates the table if needed and checks the store answers reads and takes writes. Never throws for a store
    /// that is down: the answer says why it is not ready.
    /// </summary>
    Task<StoreReadiness> CheckReadyAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes every item not written since <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteNotWrittenSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
