using System.Data.Common;
using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Storage;

/// <summary>
/// <see cref="IStorage"/> over one SQL table (key, JSON document, ETag, last write time), shared by the SQLite and
/// PostgreSQL providers. Writes are all-or-nothing in a transaction; an ETag that does not match what is stored
/// rolls the batch back and throws <see cref="StorageConcurrencyException"/>. The table is created on first use, so
/// a store that is down at start-up is picked up when it comes back.
/// </summary>
public abstract class RelationalStorage : IStorage, IStorageMaintenance
{
    private readonly TimeProvider _time;
    private volatile bool _schemaReady;

    /// <summary>Creates the storage with the clock that stamps writes.</summary>
    protected RelationalStorage(TimeProvider time) => _time = time ?? throw new ArgumentNullException(nameof(time));

    /// <summary>SQL statements in the provider's dialect. Parameters: @key, @doc, @etag, @expected, @now, @cutoff.</summary>
    protected abstract RelationalStorageSql Sql { get; }

    /// <summary>Opens a connection.</summary>
    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>The parameter value for a point in time.</summary>
    protected abstract object ToDatabaseTime(DateTimeOffset time);

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var connection = await OpenReadyConnectionAsync(cancellationToken);
        var found = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            await using var command = Command(connection, null, Sql.Select, ("key", key));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                found[key] = new StoreItem(reader.GetString(0), reader.GetString(1));
            }
        }

        return found;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await using var connection = await OpenReadyConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = ToDatabaseTime(_time.GetUtcNow());
        var eTags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        foreach (var (key, item) in changes)
        {
            var eTag = Guid.NewGuid().ToString("N");
            var (sql, expected) = item.ETag switch
            {
                StoreItem.AnyETag => (Sql.Upsert, (object?)null),
                null => (Sql.InsertIfAbsent, null),
                _ => (Sql.UpdateIfETag, item.ETag),
            };
            await using var command = Command(connection, transaction, sql, ("key", key), ("doc", item.Json), ("etag", eTag), ("now", now), ("expected", expected));
            if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                throw StorageConcurrencyException.ForKey(key);
            }

            eTags[key] = eTag;
        }

        await transaction.CommitAsync(cancellationToken);
        return eTags;
    }

    /// <inheritdoc />
    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var connection = await OpenReadyConnectionAsync(cancellationToken);
        foreach (var key in keys)
        {
            await using var command = Command(connection, null, Sql.Delete, ("key", key));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await AfterDeleteAsync(connection, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteNotWrittenSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReadyConnectionAsync(cancellationToken);
        int deleted;
        await using (var command = Command(connection, null, Sql.DeleteIdle, ("cutoff", ToDatabaseTime(cutoff))))
        {
            deleted = await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (deleted > 0)
        {
            await AfterDeleteAsync(connection, cancellationToken);
        }

        return deleted;
    }

    /// <summary>
    /// Runs after a delete or a sweep has removed rows (never after an ordinary write), on the same connection, so a
    /// provider can push deleted content out of its files. Nothing by default.
    /// </summary>
    protected virtual Task AfterDeleteAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task<bool> CheckReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            // A round trip, not just an open: a pooled connection opens without touching a server that has gone.
            await using var connection = await OpenReadyConnectionAsync(cancellationToken);
            await using var command = Command(connection, null, "SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private async Task<DbConnection> OpenReadyConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken);
        try
        {
            if (!_schemaReady)
            {
                await EnsureSchemaAsync(connection, cancellationToken);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // CREATE ... IF NOT EXISTS is idempotent, but two instances creating the table at the same moment can still
    // collide in PostgreSQL's catalogue; the loser simply tries once more and finds the table there.
    private async Task EnsureSchemaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var command = Command(connection, null, Sql.CreateSchema);
                await command.ExecuteNonQueryAsync(cancellationToken);
                _schemaReady = true;
                return;
            }
            catch (DbException) when (attempt == 1)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // The SQL is the provider's own constant text; values are always parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
