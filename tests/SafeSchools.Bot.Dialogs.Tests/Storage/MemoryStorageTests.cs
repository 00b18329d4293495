namespace SafeSchools.Bot.Dialogs.Tests.Storage;

public sealed class MemoryStorageTests
{
    private static Dictionary<string, StoreItem> One(string key, string json, string? eTag) => new() { [key] = new StoreItem(json, eTag) };

    [Fact]
    public async Task WriteAsync_NewItem_CanBeReadBackWithETag()
    {
        var storage = new MemoryStorage();

        var eTags = await storage.WriteAsync(One("k", """{"a":1}""", null));
        var read = await storage.ReadAsync(["k", "missing"]);

        var item = Assert.Single(read).Value;
        Assert.Equal("""{"a":1}""", item.Json);
        Assert.Equal(eTags["k"], item.ETag);
    }

    [Fact]
    public async Task WriteAsync_Utf8Item_ReadsBackAsTheSameBytesAndText()
    {
        var storage = new MemoryStorage();
        var utf8 = "{\"text\":\"café 😊\"}"u8.ToArray();

        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(utf8) });
        var item = (await storage.ReadAsync(["k"]))["k"];

        Assert.Equal(utf8, item.Utf8Json.ToArray());
        Assert.Equal("{\"text\":\"café 😊\"}", item.Json);
    }

    [Fact]
    public async Task WriteAsync_EachWrite_GetsNewETag()
    {
        var storage = new MemoryStorage();
        var first = (await storage.WriteAsync(One("k", "{}", null)))["k"];

        var second = (await storage.WriteAsync(One("k", "{}", first)))["k"];

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task WriteAsync_StaleETag_ThrowsConcurrencyException()
    {
        var storage = new MemoryStorage();
        var first = (await storage.WriteAsync(One("k", "{}", null)))["k"];
        await storage.WriteAsync(One("k", """{"v":2}""", first));

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(One("k", """{"v":3}""", first)));
        Assert.Equal("""{"v":2}""", (await storage.ReadAsync(["k"]))["k"].Json);
    }

    [Fact]
    public async Task WriteAsync_NullETagForExistingItem_ThrowsConcurrencyException()
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(One("k", "{}", null));

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(One("k", "{}", null)));
    }

    [Fact]
    public async Task WriteAsync_ETagForDeletedItem_ThrowsConcurrencyException()
    {
        var storage = new MemoryStorage();
        var eTag = (await storage.WriteAsync(One("k", "{}", null)))["k"];
        await storage.DeleteAsync(["k"]);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(One("k", "{}", eTag)));
    }

    [Fact]
    public async Task WriteAsync_WildcardETag_Overwrites()
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(One("k", "{}", null));

        await storage.WriteAsync(One("k", """{"v":1}""", StoreItem.AnyETag));

        Assert.Equal("""{"v":1}""", (await storage.ReadAsync(["k"]))["k"].Json);
    }

    [Fact]
    public async Task WriteAsync_OneConflictInBatch_WritesNothing()
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(One("b", "{}", null));
        var batch = new Dictionary<string, StoreItem> { ["a"] = new("{}", null), ["b"] = new("{}", "stale") };

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(batch));

        Assert.Empty(await storage.ReadAsync(["a"]));
    }

    [Fact]
    public async Task DeleteAsync_MissingKey_IsIgnored()
    {
        var storage = new MemoryStorage();

        await storage.DeleteAsync(["nothing"]);

        Assert.Equal(0, storage.Count);
    }

    [Fact]
    public async Task WriteAsync_ManyConcurrentCreatesOfOneKey_ExactlyOneSucceeds()
    {
        var storage = new MemoryStorage();

        var attempts = Enumerable.Range(0, 32).Select(i => Task.Run(async () =>
        {
            try
            {
                await storage.WriteAsync(One("k", $$"""{"writer":{{i}}}""", null));
                return true;
            }
            catch (StorageConcurrencyException)
            {
                return false;
            }
        }));

        Assert.Equal(1, (await Task.WhenAll(attempts)).Count(ok => ok));
    }
}
