using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Storage.Tests;

public sealed class SqliteStorageContractTests : RetentionContractTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("safeschools-sqlite-").FullName;

    protected override Task<IStorage> CreateStorageAsync() =>
        Task.FromResult<IStorage>(new SqliteStorage(Path.Combine(_folder, "state.db"), Clock));

    [Fact]
    public async Task State_SurvivesANewStorageInstanceOnTheSameFile()
    {
        var path = Path.Combine(_folder, "restart.db");
        await new SqliteStorage(path, Clock).WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("""{"step":3}""") });

        var read = await new SqliteStorage(path, Clock).ReadAsync(["k"]);

        Assert.Equal(Normalize("""{"step":3}"""), Normalize(read["k"].Json));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
