using System.Data.Common;
using Npgsql;

namespace SafeSchools.Bot.Storage;

/// <summary>
/// The store for several instances: one PostgreSQL table with the state as JSONB and an ETag column.
/// </summary>
public sealed class PostgreSqlStorage : RelationalStorage
{
    private static readonly RelationalStorageSql Statements = new(
        CreateSchema: """
            CREATE TABLE IF NOT EXISTS bot_state (key text PRIMARY KEY, doc jsonb NOT NULL, etag text NOT NULL, updated_at timestamptz NOT NULL);
            CREATE INDEX IF NOT EXISTS bot_state_updated_at ON bot_state (updated_at);
            CREATE TABLE IF NOT EXISTS bot_health (probe text PRIMARY KEY, checked_at timestamptz NOT NULL);
            """,
        Select: "SELECT doc::text, etag FROM bot_state WHERE key = @key",
        Upsert: "INSERT INTO bot_state (key, doc, etag, updated_at) VALUES (@key, @doc::jsonb, @etag, @now) ON CONFLICT (key) DO UPDATE SET doc = excluded.doc, etag = excluded.etag, updated_at = excluded.updated_at",
        InsertIfAbsent: "INSERT INTO bot_state (key, doc, etag, updated_at) VALUES (@key, @doc::jsonb, @etag, @now) ON CONFLICT (key) DO NOTHING",
        UpdateIfETag: "UPDATE bot_state SET doc = @doc::jsonb, etag = @etag, updated_at = @now WHERE key = @key AND etag = @expected",
        Delete: "DELETE FROM bot_state WHERE key = @key",
        DeleteIdle: "DELETE FROM bot_state WHERE updated_at < @cutoff",
        ProbeWrite: """
            INSERT INTO bot_health (probe, checked_at) VALUES (@key, @now) ON CONFLICT (probe) DO UPDATE SET checked_at = excluded.checked_at;
            DELETE FROM bot_health WHERE probe = @key;
            """);

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Creates a store on <paramref name="dataSource"/> (which the caller owns and disposes).</summary>
    public PostgreSqlStorage(NpgsqlDataSource dataSource, TimeProvider time)
        : base(time) => _dataSource = dataSource ?? throw new ArgumentNullException(nameof(dataSource));

    /// <inheritdoc />
    protected override RelationalStorageSql Sql => Statements;

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    /// <inheritdoc />
    protected override object ToDatabaseTime(DateTimeOffset time) => time.UtcDateTime;
}
