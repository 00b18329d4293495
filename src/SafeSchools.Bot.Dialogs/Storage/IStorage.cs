namespace SafeSchools.Bot.Dialogs;

/// <summary>
/// Key/value storage of JSON documents with ETag optimistic concurrency. Providers store an item's JSON in the form
/// that suits them (memory as <see cref="StoreItem.Utf8Json"/>, SQLite and PostgreSQL as <see cref="StoreItem.Json"/>
/// text) and generate a new ETag on every write.
/// </summary>
public interface IStorage
{
    /// <summary>Reads the items that exist among <paramref name="keys"/>; missing keys are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes all <paramref name="changes"/> or none. An item's ETag must be <c>"*"</c>, <c>null</c> with the key absent,
    /// or equal to the stored ETag; otherwise <see cref="StorageConcurrencyException"/> is thrown.
    /// </summary>
    /// <returns>The new ETag of each written key.</returns>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default);

    /// <summary>Deletes the given keys; missing keys are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
