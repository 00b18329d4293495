using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Storage.Tests;

/// <summary>The retention sweep shared by the durable providers.</summary>
public abstract class RetentionContractTests : StorageContractTests
{
    protected ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task DeleteNotWrittenSince_RemovesOnlyIdleItems()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["old"] = new("{}") });
        Clock.Advance(TimeSpan.FromHours(25));
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["recent"] = new("{}") });

        var removed = await ((IStorageMaintenance)storage).DeleteNotWrittenSinceAsync(Clock.GetUtcNow() - TimeSpan.FromHours(24));

        Assert.Equal(1, removed);
        Assert.Equal(["recent"], (await storage.ReadAsync(["old", "recent"])).Keys);
    }

    [Fact]
    public async Task CheckReady_ReachableStore_IsReady()
    {
        var storage = await CreateStorageAsync();

        Assert.Equal(StoreReadiness.Ready, await ((IStorageMaintenance)storage).CheckReadyAsync());
    }
}
