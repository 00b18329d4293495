using Npgsql;
using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Storage.Tests;

[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlStorageContractTests(PostgreSqlServer server) : RetentionContractTests, IAsyncLifetime
{
    private NpgsqlDataSource? _dataSource;

    protected override Task<IStorage> CreateStorageAsync() => Task.FromResult<IStorage>(new PostgreSqlStorage(_dataSource!, Clock));

    public async Task InitializeAsync()
    {
        _dataSource = NpgsqlDataSource.Create(await server.CreateDatabaseAsync());
    }

    public async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }

    [Fact]
    public async Task CheckReady_ServerUnreachable_IsFalseNotAnException()
    {
        await using var nowhere = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Timeout=2;Database=none;Username=none");

        Assert.False(await new PostgreSqlStorage(nowhere, Clock).CheckReadyAsync());
    }

    [Fact]
    public async Task CheckReady_ServerStoppedAfterUse_IsFalseUntilItIsBack()
    {
        var own = new PostgreSqlServer();
        await own.InitializeAsync();
        try
        {
            await using var dataSource = NpgsqlDataSource.Create(await own.CreateDatabaseAsync());
            var storage = new PostgreSqlStorage(dataSource, Clock);
            var readyBefore = await storage.CheckReadyAsync();

            await own.StopAsync();
            var readyWhileStopped = await storage.CheckReadyAsync();
            await own.StartAsync();
            var readyAfter = await storage.CheckReadyAsync() || await storage.CheckReadyAsync();

            Assert.True(readyBefore);
            Assert.False(readyWhileStopped);
            Assert.True(readyAfter);
        }
        finally
        {
            await own.DisposeAsync();
        }
    }
}
