using Microsoft.Data.Sqlite;
using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Storage.Tests;

/// <summary>
/// The WAL is checkpointed in the background after every so many committed writes, not by the write that crosses
/// SQLite's automatic threshold while it holds the write lock.
/// </summary>
public sealed class SqliteCheckpointTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("safeschools-sqlite-ckpt-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task CommittedWrites_AreCheckpointedIntoTheMainFileInTheBackground()
    {
        var path = Path.Combine(_folder, "ckpt.db");
        var storage = new SqliteStorage(path, _clock) { CheckpointAfterWrites = 10 };

        for (var i = 0; i < 50; i++)
        {
            var doc = "{\"turn\":" + i + ",\"notes\":\"" + new string('x', 500) + "\"}";
            await storage.WriteAsync(new Dictionary<string, StoreItem> { [$"conversation-{i % 7}"] = new(doc, StoreItem.AnyETag) });
        }

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (storage.BackgroundCheckpoints == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.True(storage.BackgroundCheckpoints > 0, "50 writes at one checkpoint per 10 should have started one");
        Assert.Equal(7, (await storage.ReadAsync([.. Enumerable.Range(0, 7).Select(i => $"conversation-{i}")])).Count);
    }

    [Fact]
    public async Task Writes_DoNotCheckpointOnTheirOwn()
    {
        // With the background threshold out of reach, the WAL keeps every frame: no write checkpointed it (SQLite's
        // automatic checkpoint would have copied and restarted it at 1,000 pages).
        var path = Path.Combine(_folder, "none.db");
        var storage = new SqliteStorage(path, _clock) { CheckpointAfterWrites = int.MaxValue };
        for (var i = 0; i < 400; i++)
        {
            var doc = "{\"turn\":" + i + ",\"notes\":\"" + new string('x', 5000) + "\"}";
            await storage.WriteAsync(new Dictionary<string, StoreItem> { ["conversation"] = new(doc, StoreItem.AnyETag) });
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var framesInWal = reader.GetInt64(1);

        Assert.Equal(0, storage.BackgroundCheckpoints);
        Assert.True(framesInWal > 1000, $"the WAL held {framesInWal} frames: a write checkpointed it");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
