using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Storage.Tests;

/// <summary>
/// Group commit: writes that queue while the database is busy share the next transaction, and each still gets its own
/// outcome. The tests hold SQLite's write lock from another connection, so the writes pile up behind the one that is
/// waiting for it, then release it.
/// </summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("safeschools-group-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private readonly string _path;
    private readonly SqliteStorage _storage;

    public SqliteGroupCommitTests()
    {
        _path = Path.Combine(_folder, "state.db");
        _storage = new SqliteStorage(_path, _clock);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ConcurrentWrites_AreAllPersisted_InTwoTransactions()
    {
        await WriteAsync("seed", """{"n":0}""");
        var before = _storage.WriteTransactionsCommitted;

        var writes = await WhileLockedAsync(() => Enumerable.Range(0, 40).Select(i => WriteAsync($"k{i}", $$"""{"n":{{i}}}""")).ToList());

        var eTags = await Task.WhenAll(writes);
        var read = await _storage.ReadAsync([.. Enumerable.Range(0, 40).Select(i => $"k{i}")]);
        Assert.Equal(40, read.Count);
        Assert.All(Enumerable.Range(0, 40), i => Assert.Equal(i, (int)JsonNode.Parse(read[$"k{i}"].Json)!["n"]!));
        Assert.All(Enumerable.Range(0, 40), i => Assert.Equal(eTags[i][$"k{i}"], read[$"k{i}"].ETag));
        // The first write waited for the lock alone; the 39 that queued behind it were committed together.
        Assert.InRange(_storage.WriteTransactionsCommitted - before, 1, 2);
    }

    [Fact]
    public async Task ABatchThatFails_FailsEachBadWriteWithItsOwnError_AndLosesNoOtherWrite()
    {
        await WriteAsync("seed", "{}");
        Execute("""
            CREATE TRIGGER poison BEFORE INSERT ON bot_state WHEN NEW.key LIKE 'poison%'
            BEGIN SELECT RAISE(ABORT, 'poisoned: cannot store this key'); END;
            """);
        var keys = Enumerable.Range(0, 20).Select(i => i % 7 == 3 ? $"poison-{i}" : $"good-{i}").ToList();

        var writes = await WhileLockedAsync(() => keys.Select(key => WriteAsync(key, """{"ok":true}""")).ToList());

        var outcomes = await Task.WhenAll(writes.Select(Outcome));
        var errors = new List<Exception>();
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i].StartsWith("poison", StringComparison.Ordinal))
            {
                var error = Assert.IsType<SqliteException>(outcomes[i]);
                Assert.Contains("poisoned", error.Message, StringComparison.Ordinal);
                errors.Add(error);
            }
            else
            {
                Assert.Null(outcomes[i]);
            }
        }

        Assert.Equal(3, errors.Count);
        Assert.Equal(3, errors.Distinct().Count());
        var read = await _storage.ReadAsync(keys);
        Assert.Equal(keys.Where(k => k.StartsWith("good", StringComparison.Ordinal)).Order(), read.Keys.Order());
    }

    [Fact]
    public async Task AConflictInABatch_FailsOnlyItsOwnWrite_AndUndoesAllOfIt()
    {
        var eTag = (await WriteAsync("shared", """{"v":0}"""))["shared"];
        var before = _storage.WriteTransactionsCommitted;

        var writes = await WhileLockedAsync(() =>
        [
            WriteAsync("first", "{}"),
            WriteAsync("shared", """{"v":1}""", eTag),
            _storage.WriteAsync(new Dictionary<string, StoreItem>
            {
                ["multi-a"] = new("""{"v":2}"""),
                ["shared"] = new("""{"v":2}""", eTag),
            }),
            WriteAsync("last", "{}"),
        ]);

        var outcomes = await Task.WhenAll(writes.Select(Outcome));
        Assert.Null(outcomes[0]);
        Assert.Null(outcomes[1]);
        Assert.IsType<StorageConcurrencyException>(outcomes[2]);
        Assert.Null(outcomes[3]);
        var read = await _storage.ReadAsync(["first", "shared", "multi-a", "last"]);
        Assert.Equal(["first", "last", "shared"], read.Keys.Order());
        Assert.Equal(1, (int)JsonNode.Parse(read["shared"].Json)!["v"]!);
        Assert.InRange(_storage.WriteTransactionsCommitted - before, 1, 2);
    }

    [Fact]
    public async Task AWriteCancelledWhileItWaits_IsNotWritten_AndTheOthersAre()
    {
        await WriteAsync("seed", "{}");
        using var cancel = new CancellationTokenSource();

        var writes = await WhileLockedAsync(() =>
        {
            var queued = new List<Task<IReadOnlyDictionary<string, string>>>
            {
                _storage.WriteAsync(new Dictionary<string, StoreItem> { ["cancelled"] = new("{}") }, cancel.Token),
                WriteAsync("kept", "{}"),
            };
            cancel.Cancel();
            return queued;
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => writes[0]);
        await writes[1];
        Assert.Equal(["kept"], (await _storage.ReadAsync(["cancelled", "kept"])).Keys);
    }

    [Fact]
    public async Task WritesAfterAFailedBatch_CommitNormally()
    {
        await WriteAsync("seed", "{}");
        Execute("CREATE TRIGGER poison BEFORE INSERT ON bot_state WHEN NEW.key = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned'); END;");
        var failed = await WhileLockedAsync(() => [WriteAsync("poison", "{}"), WriteAsync("good", "{}")]);
        await Assert.ThrowsAsync<SqliteException>(() => failed[0]);
        await failed[1];

        await WriteAsync("after", "{}");

        Assert.Equal(3, (await _storage.ReadAsync(["seed", "good", "after"])).Count);
        Assert.True((await _storage.CheckReadyAsync()).IsReady);
    }

    private Task<IReadOnlyDictionary<string, string>> WriteAsync(string key, string json, string? eTag = StoreItem.AnyETag) =>
        _storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(json, eTag) });

    private static async Task<Exception?> Outcome(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    // Holds the write lock from another connection; one write (started on another thread, as it blocks there waiting
    // for the lock) leads, then queue() starts the writes under test, which wait behind it; then the lock is released.
    private async Task<List<Task<IReadOnlyDictionary<string, string>>>> WhileLockedAsync(Func<List<Task<IReadOnlyDictionary<string, string>>>> queue)
    {
        using var other = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        other.Open();
        Execute(other, "BEGIN IMMEDIATE");
        var leader = Task.Run(() => WriteAsync("leader", "{}"));
        await Task.Delay(300);
        var queued = queue();
        Execute(other, "ROLLBACK");
        await leader;
        return queued;
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, sql);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
