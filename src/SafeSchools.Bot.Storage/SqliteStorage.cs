using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace SafeSchools.Bot.Storage;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode. Needs no set-up; suits one instance.
/// </summary>
public sealed class SqliteStorage : RelationalStorage
{
    private static readonly RelationalStorageSql Statements = new(
        CreateSchema: """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS bot_state (key TEXT PRIMARY KEY, doc TEXT NOT NULL, etag TEXT NOT NULL, updated_at INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS bot_state_updated_at ON bot_state (updated_at);
            """,
        Select: "SELECT doc, etag FROM bot_state WHERE key = @key",
        Upsert: "INSERT INTO bot_state (key, doc, etag, updated_at) VALUES (@key, @doc, @etag, @now) ON CONFLICT (key) DO UPDATE SET doc = excluded.doc, etag = excluded.etag, updated_at = excluded.updated_at",
        InsertIfAbsent: "INSERT INTO bot_state (key, doc, etag, updated_at) VALUES (@key, @doc, @etag, @now) ON CONFLICT (key) DO NOTHING",
        UpdateIfETag: "UPDATE bot_state SET doc = @doc, etag = @etag, updated_at = @now WHERE key = @key AND etag = @expected",
        Delete: "DELETE FROM bot_state WHERE key = @key",
        DeleteIdle: "DELETE FROM bot_state WHERE updated_at < @cutoff");

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
    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);

        // In WAL mode NORMAL stays consistent after a crash and skips an fsync on every commit; a power cut can lose
        // only the last few turns' position in a conversation, never corrupt it.
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=NORMAL";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <inheritdoc />
    protected override object ToDatabaseTime(DateTimeOffset time) => time.ToUnixTimeMilliseconds();
}
