namespace SafeSchools.Bot.Storage;

/// <summary>Whether a store can serve turns now and, when it cannot, a short machine-readable reason.</summary>
/// <param name="IsReady">True when the store answers reads and takes writes.</param>
/// <param name="Reason">Null when ready; otherwise <see cref="Unreachable"/> or <see cref="WritesFailing"/>.</param>
public sealed record StoreReadiness(bool IsReady, string? Reason)
{
    /// <summary>The reason when the store cannot be reached or read.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>The reason when the store reads but refuses writes (disk full, read-only file, locked database).</summary>
    public const string WritesFailing = "writes-failing";

    /// <summary>The store answers reads and takes writes.</summary>
    public static StoreReadiness Ready { get; } = new(true, null);

    /// <summary>The store cannot serve turns, for <paramref name="reason"/>.</summary>
    public static StoreReadiness NotReady(string reason) => new(false, reason);
}
