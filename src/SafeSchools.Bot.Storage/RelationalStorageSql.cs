namespace SafeSchools.Bot.Storage;

/// <summary>The statements a <see cref="RelationalStorage"/> provider runs, in its SQL dialect.</summary>
/// <param name="CreateSchema">Creates the table and its index if absent.</param>
/// <param name="Select">Returns (doc as text, etag) for @key.</param>
/// <param name="Upsert">Inserts or replaces @key.</param>
/// <param name="InsertIfAbsent">Inserts @key only if absent (0 rows when present).</param>
/// <param name="UpdateIfETag">Updates @key only if its etag is @expected (0 rows otherwise).</param>
/// <param name="Delete">Deletes @key.</param>
/// <param name="DeleteIdle">Deletes rows last written before @cutoff.</param>
/// <param name="ProbeWrite">
/// The readiness probe: writes the health row @key (stamped @now) and deletes it again, committing, so it goes down
/// the same write path as a turn's state (locks, journal, disk) and leaves nothing behind.
/// </param>
public sealed record RelationalStorageSql(
    string CreateSchema, string Select, string Upsert, string InsertIfAbsent, string UpdateIfETag, string Delete, string DeleteIdle, string ProbeWrite);
