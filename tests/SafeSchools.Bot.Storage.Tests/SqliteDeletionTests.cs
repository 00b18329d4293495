using System.Text;
using Microsoft.Data.Sqlite;
using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Storage.Tests;

/// <summary>
/// Deletion that deletes: after "forget me" (a delete) and after the retention sweep, a conversation's bytes are in
/// neither the database file nor its WAL. The tests grep the raw files for a marker that was only ever in the state.
/// </summary>
public sealed class SqliteDeletionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("safeschools-sqlite-del-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(40)] // a small state, stored in the row's own page
    [InlineData(6000)] // a large state, spilling onto overflow pages
    public async Task Delete_LeavesNoCopyInTheDatabaseOrWal(int padding)
    {
        var path = Path.Combine(_folder, "forget.db");
        var storage = new SqliteStorage(path, _clock);
        var marker = Marker();
        var key = "directline/conversations/dl-" + marker;
        await WriteTurnsAsync(storage, key, marker, padding, turns: 8);
        await WriteNeighboursAsync(storage, padding);
        Assert.True(Contains(path, marker), "the marker should be on disk before the delete, or the test proves nothing");

        await storage.DeleteAsync([key]);

        Assert.Empty(await storage.ReadAsync([key]));
        Assert.False(Contains(path, marker), "the deleted conversation's state is still in the database file or its WAL");
        Assert.Equal(5, (await storage.ReadAsync([.. Enumerable.Range(0, 5).Select(i => $"neighbour-{i}")])).Count);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(6000)]
    public async Task Sweep_LeavesNoCopyInTheDatabaseOrWal(int padding)
    {
        var path = Path.Combine(_folder, "sweep.db");
        var storage = new SqliteStorage(path, _clock);
        var marker = Marker();
        await WriteTurnsAsync(storage, "msteams/conversations/" + marker, marker, padding, turns: 8);
        _clock.Advance(TimeSpan.FromHours(25));
        await WriteNeighboursAsync(storage, padding);
        Assert.True(Contains(path, marker));

        var removed = await storage.DeleteNotWrittenSinceAsync(_clock.GetUtcNow() - TimeSpan.FromHours(24));

        Assert.Equal(1, removed);
        Assert.False(Contains(path, marker), "the swept conversation's state is still in the database file or its WAL");
    }

    [Fact]
    public async Task Delete_WhileBackgroundCheckpointsRun_LeavesNoCopyInTheDatabaseOrWal()
    {
        // A checkpoint after every write keeps background checkpoints running while the delete's own one is due.
        var path = Path.Combine(_folder, "busy.db");
        var storage = new SqliteStorage(path, _clock) { CheckpointAfterWrites = 1 };
        var marker = Marker();
        var key = "directline/conversations/dl-" + marker;
        await WriteTurnsAsync(storage, key, marker, 6000, turns: 8);
        await WriteNeighboursAsync(storage, 6000);
        Assert.True(Contains(path, marker));

        var writing = Task.Run(() => WriteNeighboursAsync(storage, 6000));
        await storage.DeleteAsync([key]);
        await writing;

        Assert.False(Contains(path, marker), "the deleted conversation's state is still in the database file or its WAL");
    }

    private static string Marker() => "MARKER" + Guid.NewGuid().ToString("N");

    // Several turns of one conversation, as a real chat writes them: each save rewrites the row.
    private static async Task WriteTurnsAsync(SqliteStorage storage, string key, string marker, int padding, int turns)
    {
        for (var turn = 0; turn < turns; turn++)
        {
            var doc = "{\"session\":{\"name\":\"" + marker + "\",\"turn\":" + turn + ",\"notes\":\"" + new string('x', padding) + "\"}}";
            await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(doc, StoreItem.AnyETag) });
        }
    }

    private static async Task WriteNeighboursAsync(SqliteStorage storage, int padding)
    {
        for (var i = 0; i < 5; i++)
        {
            var doc = "{\"session\":{\"turn\":" + i + ",\"notes\":\"" + new string('y', padding) + "\"}}";
            await storage.WriteAsync(new Dictionary<string, StoreItem> { [$"neighbour-{i}"] = new(doc, StoreItem.AnyETag) });
        }
    }

    // Reads the files as they are on disk while the store's pooled connections still hold them open.
    private static bool Contains(string path, string marker)
    {
        var needle = Encoding.UTF8.GetBytes(marker);
        foreach (var file in new[] { path, path + "-wal", path + "-journal" })
        {
            if (!File.Exists(file))
            {
                continue;
            }

            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            if (copy.GetBuffer().AsSpan(0, (int)copy.Length).IndexOf(needle) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
