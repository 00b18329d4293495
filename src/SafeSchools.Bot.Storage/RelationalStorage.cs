using System.Data.Common;
using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Storage;

/// <summary>
/// <see cref="IStorage"/> over one SQL table (key, JSON document, ETag, last write time), shared by the SQLite and
/// PostgreSQL providers. Writes are all-or-nothing in a transaction; an ETag that does not match what is stored
/// rolls the batch back and throws <see cref="StorageConcurrencyException"/>. The table is created on first use, so
/// a store that is down at start-up is picked up when it comes back.
/// </summary>
/// <remarks>
/// Readiness is honest about writes: it fails while the last write failed and none has succeeded since, and it
/// runs a probe write (a health row written and deleted) at most once per <see cref="ReadinessCacheTime"/>, so a
/// disk that is full, a file that is read-only or a database that stays locked makes the store not ready even
/// though it still answers reads. A probe that succeeds counts as a write that succeeded: readiness recovers by
/// itself, with no traffic needed.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Reliability",
    "CA1001:Types that own disposable fields should be disposable",
    Justification = "The write gate is a SemaphoreSlim whose wait handle is never asked for: it holds nothing to release.")]
public abstract class RelationalStorage : IStorage, IStorageMaintenance
{
    private readonly TimeProvider _time;
    private readonly string _probeKey = Guid.NewGuid().ToString("N");
    private readonly Lock _probeLock = new();
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly GroupCommit _groupCommit;
    private long _writeTransactionsCommitted;
    private volatile bool _schemaReady;
    private volatile bool _writesFailing;
    private volatile CheckedReadiness? _readiness;
    private Task<StoreReadiness>? _probe;

    /// <summary>Creates the storage with the clock that stamps writes.</summary>
    protected RelationalStorage(TimeProvider time)
    {
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _groupCommit = new GroupCommit(CommitBatchAsync, MaxWritesPerTransaction);
    }

    // The most writes one group commit takes together, so one transaction stays short.
    private const int MaxWritesPerTransaction = 64;

    /// <summary>How long a readiness answer is reused before the store is probed again. Default 5 seconds.</summary>
    public TimeSpan ReadinessCacheTime { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest a readiness probe may take (each of its statements, and the whole). Default 3 seconds.</summary>
    public TimeSpan ReadinessProbeTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>SQL statements in the provider's dialect. Parameters: @key, @doc, @etag, @expected, @now, @cutoff.</summary>
    protected abstract RelationalStorageSql Sql { get; }

    /// <summary>Opens a connection (or hands out one kept open) for one read, write or delete.</summary>
    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Takes back a connection when its operation is over (with no transaction or reader left open). Disposes it by default.</summary>
    protected virtual ValueTask ReturnConnectionAsync(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.DisposeAsync();
    }

    /// <summary>
    /// A command for one of <see cref="Sql"/>'s statements on <paramref name="connection"/>. By default a new command,
    /// disposed after use; a provider that returns the same prepared command each time for a statement (parameters
    /// already added) says so with <see cref="KeepsStatement"/>, and that command is left for it to dispose.
    /// </summary>
    protected virtual DbCommand StatementFor(DbConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // The SQL is the provider's own constant text; values are always parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command;
    }

    /// <summary>Whether <see cref="StatementFor"/> hands out a command the provider keeps (and disposes) itself for <paramref name="sql"/>.</summary>
    protected virtual bool KeepsStatement(string sql) => false;

    /// <summary>The parameter value for a point in time.</summary>
    protected abstract object ToDatabaseTime(DateTimeOffset time);

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var lease = await OpenReadyConnectionAsync(cancellationToken);
        var connection = lease.Connection;
        var found = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            await using var statement = Command(connection, null, Sql.Select, ("key", key));
            var command = statement.Command;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                found[key] = new StoreItem(reader.GetFieldValue<byte[]>(0), reader.GetString(1));
            }
        }

        return found;
    }

    /// <inheritdoc />
    /// <remarks>
    /// On a store that takes one writer at a time (<see cref="OneWriterAtATime"/>), writes that arrive while another
    /// transaction commits wait for it and then commit together in the next one (group commit): each caller still gets
    /// its answer only once its write is committed, an ETag conflict fails only the write it belongs to, and if the
    /// shared transaction fails, every write in it is run again in a transaction of its own, so each caller gets its
    /// own outcome and no write is lost with another's failure.
    /// </remarks>
    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return TrackWriteAsync(() => OneWriterAtATime ? _groupCommit.WriteAsync(changes, cancellationToken) : WriteAloneAsync(changes, cancellationToken));
    }

    /// <inheritdoc />
    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return TrackWriteAsync(() => DeleteCoreAsync(keys, cancellationToken));
    }

    /// <inheritdoc />
    public Task<int> DeleteNotWrittenSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        TrackWriteAsync(() => DeleteIdleCoreAsync(cutoff, cancellationToken));

    /// <summary>How many write transactions have committed (tests check that concurrent writes share them).</summary>
    internal long WriteTransactionsCommitted => Interlocked.Read(ref _writeTransactionsCommitted);

    private async Task<IReadOnlyDictionary<string, string>> WriteAloneAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        var outcome = (await WriteTransactionAsync([changes], cancellationToken))[0];
        return outcome.ETags ?? throw StorageConcurrencyException.ForKey(outcome.ConflictKey!);
    }

    // One group-commit batch, in arrival order, under the write gate. The batch serves several callers, so no single
    // caller's token cancels it once it has started; a write cancelled while it waited is dropped before.
    private async Task CommitBatchAsync(IReadOnlyList<PendingWrite> batch)
    {
        var writes = new List<PendingWrite>(batch.Count);
        foreach (var write in batch)
        {
            if (write.CancellationToken.IsCancellationRequested)
            {
                write.Cancel();
            }
            else
            {
                writes.Add(write);
            }
        }

        if (writes.Count == 0)
        {
            return;
        }

        using var turn = await EnterWriteAsync(CancellationToken.None);
        try
        {
            var changes = new IReadOnlyDictionary<string, StoreItem>[writes.Count];
            for (var i = 0; i < writes.Count; i++)
            {
                changes[i] = writes[i].Changes;
            }

            var outcomes = await WriteTransactionAsync(changes, CancellationToken.None);
            for (var i = 0; i < writes.Count; i++)
            {
                Complete(writes[i], outcomes[i]);
            }
        }
        catch (Exception) when (writes.Count > 1)
        {
            // The shared transaction failed and was rolled back: nothing in it was written. Each write runs again in a
            // transaction of its own, in the same order, so the write that failed gets its own error and the others
            // are committed (or fail each with theirs) instead of being lost with it.
            foreach (var write in writes)
            {
                try
                {
                    Complete(write, (await WriteTransactionAsync([write.Changes], CancellationToken.None))[0]);
                }
                catch (Exception ex)
                {
                    write.Fail(ex);
                }
            }
        }
        catch (Exception ex)
        {
            writes[0].Fail(ex);
        }

        static void Complete(PendingWrite write, WriteOutcome outcome)
        {
            if (outcome.ETags is { } eTags)
            {
                write.Succeed(eTags);
            }
            else
            {
                write.Fail(StorageConcurrencyException.ForKey(outcome.ConflictKey!));
            }
        }
    }

    // Writes each change set all-or-nothing, in one transaction: a change set whose ETag does not match is left out
    // (rolled back to its savepoint when it had already written other keys) and the others are committed. Throws,
    // with the transaction rolled back, on any other error.
    private async Task<WriteOutcome[]> WriteTransactionAsync(IReadOnlyDictionary<string, StoreItem>[] writes, CancellationToken cancellationToken)
    {
        await using var lease = await OpenReadyConnectionAsync(cancellationToken);
        var connection = lease.Connection;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = ToDatabaseTime(_time.GetUtcNow());
        var outcomes = new WriteOutcome[writes.Length];
        for (var i = 0; i < writes.Length; i++)
        {
            var changes = writes[i];

            // A change set of one key that conflicts has changed nothing; one of several keys may have written some.
            var savepoint = writes.Length > 1 && changes.Count > 1;
            if (savepoint)
            {
                await transaction.SaveAsync(WriteSavepoint, cancellationToken);
            }

            var eTags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
            string? conflict = null;
            foreach (var (key, item) in changes)
            {
                var eTag = Guid.NewGuid().ToString("N");
                var (sql, expected) = item.ETag switch
                {
                    StoreItem.AnyETag => (Sql.Upsert, (object?)null),
                    null => (Sql.InsertIfAbsent, null),
                    _ => (Sql.UpdateIfETag, item.ETag),
                };
                await using var statement = Command(connection, transaction, sql, ("key", key), ("doc", DocumentValue(item)), ("etag", eTag), ("now", now), ("expected", expected));
                if (await statement.Command.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    conflict = key;
                    break;
                }

                eTags[key] = eTag;
            }

            if (conflict is not null && writes.Length == 1)
            {
                await transaction.RollbackAsync(cancellationToken);
                return [new WriteOutcome(null, conflict)];
            }

            if (conflict is not null && savepoint)
            {
                await transaction.RollbackAsync(WriteSavepoint, cancellationToken);
            }

            if (savepoint)
            {
                await transaction.ReleaseAsync(WriteSavepoint, cancellationToken);
            }

            outcomes[i] = conflict is null ? new WriteOutcome(eTags, null) : new WriteOutcome(null, conflict);
        }

        await transaction.CommitAsync(cancellationToken);
        Interlocked.Increment(ref _writeTransactionsCommitted);
        OnWritesCommitted(writes.Length);
        return outcomes;
    }

    /// <summary>
    /// Called once a write transaction holding <paramref name="writes"/> change sets has committed (on a store that
    /// takes one writer at a time, still under its write gate). Does nothing by default; must not block.
    /// </summary>
    protected virtual void OnWritesCommitted(int writes)
    {
    }

    private const string WriteSavepoint = "write";

    // A change set's result: its new ETags, or the key whose ETag did not match.
    private readonly record struct WriteOutcome(IReadOnlyDictionary<string, string>? ETags, string? ConflictKey);

    /// <summary>
    /// The @doc parameter value for <paramref name="item"/>: its JSON as text by default. A provider whose SQL takes
    /// the UTF-8 bytes can hand them over without decoding them.
    /// </summary>
    protected virtual object DocumentValue(StoreItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Json;
    }

    private async Task<bool> DeleteCoreAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        using var turn = await EnterWriteAsync(cancellationToken);
        await using var lease = await OpenReadyConnectionAsync(cancellationToken);
        var connection = lease.Connection;
        foreach (var key in keys)
        {
            await using var statement = Command(connection, null, Sql.Delete, ("key", key));
            var command = statement.Command;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await AfterDeleteAsync(connection, cancellationToken);
        return true;
    }

    private async Task<int> DeleteIdleCoreAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        using var turn = await EnterWriteAsync(cancellationToken);
        await using var lease = await OpenReadyConnectionAsync(cancellationToken);
        var connection = lease.Connection;
        int deleted;
        await using (var statement = Command(connection, null, Sql.DeleteIdle, ("cutoff", ToDatabaseTime(cutoff))))
        {
            deleted = await statement.Command.ExecuteNonQueryAsync(cancellationToken);
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

    /// <summary>
    /// Called when a write (or the readiness probe's write) fails for a reason other than an ETag conflict or
    /// cancellation, so a provider can drop connections that will never write again. Nothing by default.
    /// </summary>
    protected virtual void OnWriteFailed(Exception exception)
    {
    }

    /// <inheritdoc />
    public async Task<StoreReadiness> CheckReadyAsync(CancellationToken cancellationToken = default)
    {
        if (_readiness is { } checkedAt && _time.GetUtcNow() < checkedAt.At + ReadinessCacheTime)
        {
            return _writesFailing ? StoreReadiness.NotReady(StoreReadiness.WritesFailing) : checkedAt.Readiness;
        }

        Task<StoreReadiness> probe;
        lock (_probeLock)
        {
            // One probe at a time, shared by every caller; Task.Run so it cannot finish (and clear _probe) before it is stored.
            probe = _probe ??= Task.Run(ProbeAsync, CancellationToken.None);
        }

        return await probe.WaitAsync(cancellationToken);
    }

    private async Task<StoreReadiness> ProbeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(ReadinessProbeTimeout);
            var readiness = !await ProbeReadAsync(timeout.Token) ? StoreReadiness.NotReady(StoreReadiness.Unreachable)
                : !await ProbeWriteAsync(timeout.Token) ? StoreReadiness.NotReady(StoreReadiness.WritesFailing)
                : StoreReadiness.Ready;
            _readiness = new CheckedReadiness(readiness, _time.GetUtcNow());
            return readiness;
        }
        finally
        {
            lock (_probeLock)
            {
                _probe = null;
            }
        }
    }

    // A round trip, not just an open: a pooled connection opens without touching a server that has gone.
    private async Task<bool> ProbeReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var lease = await OpenReadyConnectionAsync(cancellationToken);
            await using var statement = ProbeCommand(lease.Connection, "SELECT 1");
            var command = statement.Command;
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return false;
        }
    }

    private async Task<bool> ProbeWriteAsync(CancellationToken cancellationToken)
    {
        try
        {
            await TrackWriteAsync(async () =>
            {
                await using var lease = await OpenReadyConnectionAsync(cancellationToken);
                await using var statement = ProbeCommand(lease.Connection, Sql.ProbeWrite, ("key", _probeKey), ("now", ToDatabaseTime(_time.GetUtcNow())));
                var command = statement.Command;
                return await command.ExecuteNonQueryAsync(cancellationToken);
            }, countCancellation: true);
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return false;
        }
    }

    private Statement ProbeCommand(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var statement = Command(connection, null, sql, parameters);
        statement.Command.CommandTimeout = Math.Max(1, (int)Math.Ceiling(ReadinessProbeTimeout.TotalSeconds));
        return statement;
    }

    /// <summary>
    /// Whether the database takes one writer at a time (SQLite): writes then queue here, in order, instead of colliding
    /// in the database and backing off with sleeps (its busy handler), which made concurrent turns wait far longer.
    /// </summary>
    protected virtual bool OneWriterAtATime => false;

    private async Task<IDisposable?> EnterWriteAsync(CancellationToken cancellationToken)
    {
        if (!OneWriterAtATime)
        {
            return null;
        }

        await _writeGate.WaitAsync(cancellationToken);
        return new WriteTurn(_writeGate);
    }

    private sealed class WriteTurn(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }

    // Every write records whether it worked; an ETag conflict or a cancelled request says nothing about the store,
    // except in the probe, whose cancellation is its own timeout.
    private async Task<T> TrackWriteAsync<T>(Func<Task<T>> write, bool countCancellation = false)
    {
        try
        {
            var result = await write();
            _writesFailing = false;
            return result;
        }
        catch (Exception ex) when (ex is not StorageConcurrencyException && (countCancellation || ex is not OperationCanceledException))
        {
            _writesFailing = true;
            OnWriteFailed(ex);
            throw;
        }
    }

    private async Task<ConnectionLease> OpenReadyConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken);
        try
        {
            if (!_schemaReady)
            {
                await EnsureSchemaAsync(connection, cancellationToken);
            }

            return new ConnectionLease(this, connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // A connection for one operation, given back to the provider when it is over.
    private readonly struct ConnectionLease(RelationalStorage storage, DbConnection connection) : IAsyncDisposable
    {
        public DbConnection Connection => connection;

        public ValueTask DisposeAsync() => storage.ReturnConnectionAsync(connection);
    }

    // CREATE ... IF NOT EXISTS is idempotent, but two instances creating the table at the same moment can still
    // collide in PostgreSQL's catalogue; the loser simply tries once more and finds the table there.
    private async Task EnsureSchemaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var statement = Command(connection, null, Sql.CreateSchema);
                var command = statement.Command;
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

    private sealed record CheckedReadiness(StoreReadiness Readiness, DateTimeOffset At);

    // One of the provider's statements with these parameter values, disposed after use unless the provider keeps it.
    private Statement Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = StatementFor(connection, sql);
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameterValue = value ?? DBNull.Value;
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = parameterValue;
                continue;
            }

            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = parameterValue;
            command.Parameters.Add(parameter);
        }

        return new Statement(command, KeepsStatement(sql));
    }

    private readonly struct Statement(DbCommand command, bool kept) : IAsyncDisposable
    {
        public DbCommand Command => command;

        public ValueTask DisposeAsync() => kept ? ValueTask.CompletedTask : command.DisposeAsync();
    }
}
