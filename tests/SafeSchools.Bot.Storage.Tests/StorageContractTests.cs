using System.Text;
using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Storage.Tests;

/// <summary>The behaviour every <see cref="IStorage"/> provider must share; each provider's tests inherit it.</summary>
public abstract class StorageContractTests
{
    protected abstract Task<IStorage> CreateStorageAsync();

    [Fact]
    public async Task Read_MissingKey_IsAbsent()
    {
        var storage = await CreateStorageAsync();

        var items = await storage.ReadAsync(["nobody/conversations/none"]);

        Assert.Empty(items);
    }

    [Fact]
    public async Task Write_ThenRead_ReturnsTheSameJsonAndANewETag()
    {
        var storage = await CreateStorageAsync();

        var eTags = await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k1"] = new("""{"flow":"bullying","step":2}""") });
        var read = await storage.ReadAsync(["k1"]);

        Assert.Equal(eTags["k1"], read["k1"].ETag);
        Assert.Equal(Normalize("""{"flow":"bullying","step":2}"""), Normalize(read["k1"].Json));
    }

    [Fact]
    public async Task Write_Utf8JsonBeyondAscii_ReadsBackTheSameTextAndBytes()
    {
        var storage = await CreateStorageAsync();
        const string Json = """{"text":"You're not alone – café 😊"}""";

        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Encoding.UTF8.GetBytes(Json)) });
        var read = (await storage.ReadAsync(["k"]))["k"];

        Assert.Equal(Normalize(Json), Normalize(read.Json));
        Assert.Equal(Normalize(Json), Normalize(Encoding.UTF8.GetString(read.Utf8Json.Span)));
    }

    [Fact]
    public async Task Write_WithTheETagRead_Succeeds_AndAStaleETagIsAConflict()
    {
        var storage = await CreateStorageAsync();
        var first = (await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("""{"n":1}""") }))["k"];

        var second = (await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("""{"n":2}""", first) }))["k"];
        var stale = storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("""{"n":3}""", first) });

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => stale);
        Assert.NotEqual(first, second);
        Assert.Equal(Normalize("""{"n":2}"""), Normalize((await storage.ReadAsync(["k"]))["k"].Json));
    }

    [Fact]
    public async Task Write_NullETagForAnExistingKey_IsAConflict_AndStarOverwrites()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("""{"n":1}""") });

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("""{"n":2}""") }));
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("""{"n":3}""", StoreItem.AnyETag) });

        Assert.Equal(Normalize("""{"n":3}"""), Normalize((await storage.ReadAsync(["k"]))["k"].Json));
    }

    [Fact]
    public async Task Write_BatchWithOneConflict_WritesNothing()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["taken"] = new("""{"n":1}""") });

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["fresh"] = new("""{"n":1}"""),
            ["taken"] = new("""{"n":2}""", "not-the-etag"),
        }));

        Assert.False((await storage.ReadAsync(["fresh"])).ContainsKey("fresh"));
    }

    [Fact]
    public async Task ConcurrentWriters_WithTheSameETag_ExactlyOneWins()
    {
        var storage = await CreateStorageAsync();
        var eTag = (await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("""{"n":0}""") }))["k"];

        var attempts = Enumerable.Range(1, 8).Select(async i =>
        {
            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new($$"""{"n":{{i}}}""", eTag) });
                return true;
            }
            catch (StorageConcurrencyException)
            {
                return false;
            }
        });

        Assert.Equal(1, (await Task.WhenAll(attempts)).Count(won => won));
    }

    [Fact]
    public async Task Delete_RemovesTheKey_AndMissingKeysAreIgnored()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("{}") });

        await storage.DeleteAsync(["k", "never-there"]);

        Assert.Empty(await storage.ReadAsync(["k"]));
    }

    protected static string Normalize(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString();
}
