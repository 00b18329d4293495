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
    public async Task CheckReady_ServerUnreachable_IsUnreachableNotAnException()
    {
        await using var nowhere = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Timeout=2;Database=none;Username=none");

        Assert.Equal(StoreReadiness.NotReady(StoreReadiness.Unreachable), await new PostgreSqlStorage(nowhere, Clock).CheckReadyAsync());
    }

    [Fact]
    public async Task CheckReady_ServerStoppedAfterUse_IsNotReadyUntilItIsBack()
    {
        var own = new PostgreSqlServer();
        await own.InitializeAsync();
        try
        {
            await using var dataSource = NpgsqlDataSource.Create(await own.CreateDatabaseAsync());
            var storage = new PostgreSqlStorage(dataSource, Clock);
            var readyBefore = (await storage.CheckReadyAsync()).IsReady;

            await own.StopAsync();
            Clock.Advance(TimeSpan.FromSeconds(6));
            var readyWhileStopped = (await storage.CheckReadyAsync()).IsReady;
            await own.StartAsync();
            Clock.Advance(TimeSpan.FromSeconds(6));
            var readyAfter = (await storage.CheckReadyAsync()).IsReady;
            Clock.Advance(TimeSpan.FromSeconds(6));
            readyAfter = readyAfter || (await storage.CheckReadyAsync()).IsReady;

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
