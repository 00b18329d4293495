using Microsoft.Data.Sqlite;
using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Storage.Tests;

/// <summary>Readiness tells the truth about writes: a store that reads but cannot write is not ready.</summary>
public sealed class SqliteReadinessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("safeschools-ready-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private readonly string _path;
    private readonly SqliteStorage _storage;

    public SqliteReadinessTests()
    {
        _path = Path.Combine(_folder, "state.db");
        _storage = new SqliteStorage(_path, _clock) { ReadinessProbeTimeout = TimeSpan.FromSeconds(1) };
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (File.Exists(_path))
        {
            ReadOnlySqliteFile.Clear(_path);
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task CheckReady_WritableFile_IsReady_AndTheProbeLeavesNoRowBehind()
    {
        var readiness = await _storage.CheckReadyAsync();

        Assert.Equal(StoreReadiness.Ready, readiness);
        Assert.Equal(0L, Scalar("SELECT count(*) FROM bot_health"));
    }

    [Fact]
    public async Task CheckReady_ReadOnlyFile_IsNotReadyBecauseWritesFail_WhileReadsStillWork()
    {
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("{}") });
        ReadOnlySqliteFile.Set(_path);

        var readiness = await _storage.CheckReadyAsync();

        Assert.Equal(StoreReadiness.NotReady(StoreReadiness.WritesFailing), readiness);
        Assert.Single(await _storage.ReadAsync(["k"]));
    }

    [Fact]
    public async Task CheckReady_ReadOnlyFileMadeWritableAgain_RecoversByItself_WithNoOtherWrite()
    {
        await _storage.CheckReadyAsync();
        ReadOnlySqliteFile.Set(_path);
        _clock.Advance(TimeSpan.FromSeconds(6));
        var whileReadOnly = await _storage.CheckReadyAsync();

        ReadOnlySqliteFile.Clear(_path);
        var withinTheCacheTime = await _storage.CheckReadyAsync();
        _clock.Advance(TimeSpan.FromSeconds(6));
        var afterwards = await _storage.CheckReadyAsync();

        Assert.False(whileReadOnly.IsReady);
        Assert.False(withinTheCacheTime.IsReady);
        Assert.True(afterwards.IsReady);
    }

    [Fact]
    public async Task CheckReady_AfterAFailedWrite_IsNotReadyAtOnce_AndReadyAgainAfterAWriteSucceeds()
    {
        Assert.True((await _storage.CheckReadyAsync()).IsReady);
        ReadOnlySqliteFile.Set(_path);

        await Assert.ThrowsAsync<SqliteException>(() => _storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("{}") }));
        var afterTheFailedWrite = await _storage.CheckReadyAsync();
        ReadOnlySqliteFile.Clear(_path);
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("{}") });
        var afterAWriteWorked = await _storage.CheckReadyAsync();

        // Both answers come within the cache time: no probe ran, the writes themselves decided.
        Assert.Equal(StoreReadiness.NotReady(StoreReadiness.WritesFailing), afterTheFailedWrite);
        Assert.Equal(StoreReadiness.Ready, afterAWriteWorked);
    }

    [Fact]
    public async Task CheckReady_DatabaseLockedByAnotherWriter_IsNotReady_UntilTheLockIsReleased()
    {
        Assert.True((await _storage.CheckReadyAsync()).IsReady);
        using var other = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        other.Open();
        using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            begin.ExecuteNonQuery();
        }

        var cached = await _storage.CheckReadyAsync();
        _clock.Advance(TimeSpan.FromSeconds(6));
        var whileLocked = await _storage.CheckReadyAsync();
        using (var rollback = other.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }

        _clock.Advance(TimeSpan.FromSeconds(6));
        var released = await _storage.CheckReadyAsync();

        Assert.True(cached.IsReady);
        Assert.Equal(StoreReadiness.NotReady(StoreReadiness.WritesFailing), whileLocked);
        Assert.True(released.IsReady);
    }

    [Fact]
    public async Task CheckReady_ManyCallersAtOnce_ShareOneAnswer()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _storage.CheckReadyAsync()));

        Assert.All(answers, a => Assert.True(a.IsReady));
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
