using System.Data.Common;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Storage;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode. Needs no set-up; suits one instance.
/// </summary>
/// <remarks>
/// Deletion removes the bytes, not just the row: every connection runs with <c>secure_delete</c> on, so SQLite zeroes
/// deleted records and freed pages, and after a delete or a sweep the WAL is checkpointed into the main file and
/// truncated to zero bytes, so the older copies of a deleted conversation that the WAL held are gone too. Ordinary
/// writes never checkpoint: SQLite's automatic checkpoint (which ran on the committing write, holding the write lock
/// through its two syncs) is off, and the WAL is checkpointed on the thread pool instead, after every
/// <see cref="CheckpointAfterWrites"/> committed writes, while the next writes go on.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Reliability",
    "CA1001:Types that own disposable fields should be disposable",
    Justification = "The checkpoint gate is a SemaphoreSlim whose wait handle is never asked for, so it holds nothing to dispose; the store lives as long as the host.")]
public sealed class SqliteStorage : RelationalStorage
{
    private static readonly RelationalStorageSql Statements = new(
        CreateSchema: """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS bot_state (key TEXT PRIMARY KEY, doc TEXT NOT NULL, etag TEXT NOT NULL, updated_at INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS bot_state_updated_at ON bot_state (updated_at);
            CREATE TABLE IF NOT EXISTS bot_health (probe TEXT PRIMARY KEY, checked_at INTEGER NOT NULL);
            """,
        Select: "SELECT doc, etag FROM bot_state WHERE key = @key",
        // @doc is bound as the state's UTF-8 bytes and stored as TEXT (the database's encoding is UTF-8, so the cast
        // copies the bytes as they are): no UTF-16 string of the state is made on the way in.
        Upsert: "INSERT INTO bot_state (key, doc, etag, updated_at) VALUES (@key, CAST(@doc AS TEXT), @etag, @now) ON CONFLICT (key) DO UPDATE SET doc = excluded.doc, etag = excluded.etag, updated_at = excluded.updated_at",
        InsertIfAbsent: "INSERT INTO bot_state (key, doc, etag, updated_at) VALUES (@key, CAST(@doc AS TEXT), @etag, @now) ON CONFLICT (key) DO NOTHING",
        UpdateIfETag: "UPDATE bot_state SET doc = CAST(@doc AS TEXT), etag = @etag, updated_at = @now WHERE key = @key AND etag = @expected",
        Delete: "DELETE FROM bot_state WHERE key = @key",
        DeleteIdle: "DELETE FROM bot_state WHERE updated_at < @cutoff",
        ProbeWrite: """
            INSERT INTO bot_health (probe, checked_at) VALUES (@key, @now) ON CONFLICT (probe) DO UPDATE SET checked_at = excluded.checked_at;
            DELETE FROM bot_health WHERE probe = @key;
            """);

    private const int SqliteReadOnly = 8;

    private readonly string _connectionString;

    /// <summary>Creates a store in the file <paramref name="path"/> (its folder is created if needed).</summary>
    public SqliteStorage(string path, TimeProvider time)
        : base(time)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 10 }.ToString();
    }

    /// <inheritdoc />
    protected override RelationalStorageSql Sql => Statements;

    /// <inheritdoc />
    protected override bool OneWriterAtATime => true;

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        if (_idle.TryPop(out var kept))
        {
            return kept;
        }

        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);

        // In WAL mode NORMAL stays consistent after a crash and skips an fsync on every commit; a power cut can lose
        // only the last few turns' position in a conversation, never corrupt it.
        await using var pragma = connection.CreateCommand();
        // secure_delete: deleted records and freed pages are overwritten with zeros, not left for the next write.
        // wal_autocheckpoint=0: the WAL is checkpointed in the background (CheckpointAfterWrites), not by a committing write.
        pragma.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA secure_delete=ON; PRAGMA wal_autocheckpoint=0;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// Keeps the connection open for the next operation, with its prepared statements, up to
    /// <see cref="MaxIdleConnections"/>; beyond that it is closed.
    /// </summary>
    protected override ValueTask ReturnConnectionAsync(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection is SqliteConnection { State: System.Data.ConnectionState.Open } open && _idle.Count < MaxIdleConnections)
        {
            _idle.Push(open);
            return ValueTask.CompletedTask;
        }

        return connection.DisposeAsync();
    }

    /// <summary>
    /// Each statement a turn runs is compiled once per connection and run again with new values: SQLite otherwise
    /// parses and plans the same SQL on every read and write. The rarer ones (schema, sweep, probe) are made afresh.
    /// </summary>
    protected override DbCommand StatementFor(DbConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!KeepsStatement(sql))
        {
            return base.StatementFor(connection, sql);
        }

        var statements = _statements.GetOrCreateValue(connection);
        if (!statements.TryGetValue(sql, out var command))
        {
            command = base.StatementFor(connection, sql);
            command.Prepare();
            statements[sql] = command;
        }

        return command;
    }

    /// <inheritdoc />
    protected override bool KeepsStatement(string sql) => TurnStatements.Contains(sql);

    private static readonly HashSet<string> TurnStatements =
        [Statements.Select, Statements.Upsert, Statements.InsertIfAbsent, Statements.UpdateIfETag, Statements.Delete];

    /// <summary>How many open connections are kept for the next operations. Default: twice the processor count.</summary>
    public int MaxIdleConnections { get; init; } = 2 * Environment.ProcessorCount;

    private readonly ConcurrentStack<SqliteConnection> _idle = new();

    // A connection's statements, disposed with it (SQLite finalises a connection's statements when it closes).
    private readonly ConditionalWeakTable<DbConnection, Dictionary<string, DbCommand>> _statements = [];

    /// <summary>
    /// Copies every page in the WAL into the main file (where secure_delete has zeroed the deleted records) and
    /// truncates the WAL, which otherwise keeps earlier versions of the deleted pages until it is reused. Waits for
    /// readers up to the busy timeout; if one is still reading, the WAL is truncated by the next delete instead.
    /// A background checkpoint under way is waited for first: SQLite runs one checkpoint at a time and answers a second
    /// with "busy" at once, which would leave the WAL untruncated.
    /// </summary>
    protected override Task AfterDeleteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        CheckpointAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);

    // One checkpoint at a time (SQLite answers a second with "busy" at once): a delete's and the background ones.
    private async Task CheckpointAsync(DbConnection connection, string pragma, CancellationToken cancellationToken)
    {
        await _checkpointGate.WaitAsync(cancellationToken);
        try
        {
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = pragma;
            await checkpoint.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _checkpointGate.Release();
        }
    }

    /// <summary>
    /// How many committed writes (turns' state writes) start a background checkpoint of the WAL. Default: 256, about
    /// SQLite's own 1,000 pages of WAL at a few pages a write.
    /// </summary>
    public int CheckpointAfterWrites { get; init; } = 256;

    /// <summary>
    /// Starts a checkpoint on the thread pool once <see cref="CheckpointAfterWrites"/> writes have committed since the
    /// last one started, unless one is running (it runs again when it ends if as many have committed meanwhile).
    /// </summary>
    protected override void OnWritesCommitted(int writes)
    {
        if (Interlocked.Add(ref _writesSinceCheckpoint, writes) >= CheckpointAfterWrites
            && Interlocked.CompareExchange(ref _checkpointing, 1, 0) == 0)
        {
            _ = Task.Run(CheckpointInBackgroundAsync);
        }
    }

    /// <summary>How many background checkpoints have completed (tests check that writes start them).</summary>
    internal long BackgroundCheckpoints => Interlocked.Read(ref _backgroundCheckpoints);

    // A PASSIVE checkpoint copies what it can of the WAL into the main file without waiting for readers or blocking
    // writers (what SQLite's automatic checkpoint does, minus the wait of the write that triggered it). A failure is
    // left for the next one: the WAL keeps every committed write until a checkpoint has copied it.
    private async Task CheckpointInBackgroundAsync()
    {
        try
        {
            do
            {
                Interlocked.Exchange(ref _writesSinceCheckpoint, 0);
                try
                {
                    var connection = await OpenConnectionAsync(CancellationToken.None);
                    try
                    {
                        await CheckpointAsync(connection, "PRAGMA wal_checkpoint(PASSIVE)", CancellationToken.None);
                        Interlocked.Increment(ref _backgroundCheckpoints);
                    }
                    finally
                    {
                        await ReturnConnectionAsync(connection);
                    }
                }
                catch (Exception ex) when (ex is SqliteException or IOException or InvalidOperationException)
                {
                    // Left for the next checkpoint, or the next delete's.
                }
            }
            while (Volatile.Read(ref _writesSinceCheckpoint) >= CheckpointAfterWrites);
        }
        finally
        {
            Volatile.Write(ref _checkpointing, 0);
        }
    }

    private readonly SemaphoreSlim _checkpointGate = new(1, 1);
    private int _writesSinceCheckpoint;
    private int _checkpointing;
    private long _backgroundCheckpoints;

    /// <summary>
    /// A connection SQLite opened read-only (the file or its folder was not writable then) stays read-only for
    /// its life; after a read-only error the pool is emptied, so writes work again once the file is writable.
    /// </summary>
    protected override void OnWriteFailed(Exception exception)
    {
        if (exception is SqliteException { SqliteErrorCode: SqliteReadOnly })
        {
            while (_idle.TryPop(out var kept))
            {
                kept.Dispose();
            }

            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }
    }

    /// <summary>The state's UTF-8 bytes, which the statements store as TEXT.</summary>
    protected override object DocumentValue(StoreItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var utf8 = item.Utf8Json;
        return MemoryMarshal.TryGetArray(utf8, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : utf8.ToArray();
    }

    /// <inheritdoc />
    protected override object ToDatabaseTime(DateTimeOffset time) => time.ToUnixTimeMilliseconds();
}
