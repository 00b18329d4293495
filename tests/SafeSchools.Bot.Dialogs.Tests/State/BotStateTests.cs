using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs.Tests.State;

public sealed class BotStateTests
{
    private readonly TestAdapter _adapter = new();

    private TurnContext NewTurn() => new(_adapter, _adapter.MakeActivity("hi"));

    [Fact]
    public async Task SaveChangesAsync_PropertySet_IsReadInNextTurn()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var count = state.CreateProperty<int>("count");
        var turn = NewTurn();
        await count.SetAsync(turn, 3);
        await state.SaveChangesAsync(turn);

        var next = NewTurn();

        Assert.Equal(3, await count.GetAsync(next, () => 0));
    }

    [Fact]
    public async Task GetAsync_Missing_StoresDefaultFromFactory()
    {
        var state = new ConversationState(new MemoryStorage());
        var profile = state.CreateProperty<Profile>("profile");
        var turn = NewTurn();

        var created = await profile.GetAsync(turn, () => new Profile { Age = 14 });
        created.Age = 15;

        Assert.Equal(15, (await profile.GetAsync(turn))!.Age);
    }

    [Fact]
    public async Task GetAsync_MissingWithoutFactory_ReturnsDefault()
    {
        var state = new UserState(new MemoryStorage());

        Assert.Null(await state.CreateProperty<Profile>("profile").GetAsync(NewTurn()));
    }

    [Fact]
    public async Task SaveChangesAsync_ObjectChangedInPlace_IsPersisted()
    {
        var storage = new MemoryStorage();
        var state = new UserState(storage);
        var profile = state.CreateProperty<Profile>("profile");
        var turn = NewTurn();
        (await profile.GetAsync(turn, () => new Profile())).Age = 13;
        await state.SaveChangesAsync(turn);

        var stored = await storage.ReadAsync(["test/users/user-1"]);

        Assert.Equal("""{"profile":{"age":13}}""", stored["test/users/user-1"].Json);
    }

    [Fact]
    public async Task Keys_ConversationAndUser_FollowBotBuilderConvention()
    {
        var storage = new MemoryStorage();
        var conversation = new ConversationState(storage);
        var user = new UserState(storage);
        var turn = NewTurn();
        await conversation.CreateProperty<int>("x").SetAsync(turn, 1);
        await user.CreateProperty<int>("y").SetAsync(turn, 1);

        await conversation.SaveChangesAsync(turn);
        await user.SaveChangesAsync(turn);

        var read = await storage.ReadAsync(["test/conversations/conversation-1", "test/users/user-1"]);
        Assert.Equal(2, read.Count);
    }

    [Fact]
    public async Task LoadAsync_SeveralPropertiesInOneTurn_ReadsStorageOnce()
    {
        var storage = new CountingStorage();
        var state = new ConversationState(storage);
        var turn = NewTurn();

        await state.CreateProperty<int>("a").GetAsync(turn, () => 1);
        await state.CreateProperty<int>("b").GetAsync(turn, () => 2);
        await state.LoadAsync(turn);

        Assert.Equal(1, storage.Reads);
    }

    [Fact]
    public async Task SaveChangesAsync_Unchanged_DoesNotWrite()
    {
        var storage = new CountingStorage();
        var state = new ConversationState(storage);
        var first = NewTurn();
        await state.CreateProperty<int>("a").SetAsync(first, 1);
        await state.SaveChangesAsync(first);
        await state.SaveChangesAsync(first);

        var second = NewTurn();
        await state.CreateProperty<int>("a").GetAsync(second, () => 0);
        await state.SaveChangesAsync(second);

        Assert.Equal(1, storage.Writes);
    }

    [Fact]
    public async Task SaveChangesAsync_OnePropertyChanged_OthersAreWrittenBackAsStored()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var count = state.CreateProperty<int>("count");
        var profile = state.CreateProperty<Profile>("profile");
        var first = NewTurn();
        await count.SetAsync(first, 1);
        await profile.SetAsync(first, new Profile { Age = 14 });
        await state.SaveChangesAsync(first);

        var second = NewTurn();
        await count.SetAsync(second, 2);
        await state.SaveChangesAsync(second);

        var third = NewTurn();
        Assert.Equal(2, await count.GetAsync(third, () => 0));
        Assert.Equal(14, (await profile.GetAsync(third))!.Age);
        Assert.Equal("""{"count":2,"profile":{"age":14}}""", (await storage.ReadAsync(["test/conversations/conversation-1"]))["test/conversations/conversation-1"].Json);
    }

    [Fact]
    public async Task SaveChangesAsync_ChangedTwiceInOneTurn_WritesWithLatestETag()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var property = state.CreateProperty<int>("a");
        var turn = NewTurn();
        await property.SetAsync(turn, 1);
        await state.SaveChangesAsync(turn);

        await property.SetAsync(turn, 2);
        await state.SaveChangesAsync(turn);

        Assert.Equal(2, await property.GetAsync(NewTurn(), () => 0));
    }

    [Fact]
    public async Task SaveChangesAsync_ConcurrentTurnsOfOneConversation_SecondWriterGetsConflict()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var property = state.CreateProperty<string>("step");
        var setup = NewTurn();
        await property.SetAsync(setup, "start");
        await state.SaveChangesAsync(setup);

        // Two instances handle two messages of one conversation at once: both read the same version.
        var turnA = NewTurn();
        var turnB = NewTurn();
        await state.LoadAsync(turnA);
        await state.LoadAsync(turnB);
        await property.SetAsync(turnA, "a");
        await property.SetAsync(turnB, "b");
        await state.SaveChangesAsync(turnA);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => state.SaveChangesAsync(turnB));
        Assert.Equal("a", await property.GetAsync(NewTurn()));
    }

    [Fact]
    public async Task SaveChangesAsync_ConcurrentFirstTurns_SecondWriterGetsConflict()
    {
        var state = new ConversationState(new MemoryStorage());
        var property = state.CreateProperty<int>("a");
        var turnA = NewTurn();
        var turnB = NewTurn();
        await property.SetAsync(turnA, 1);
        await property.SetAsync(turnB, 2);
        await state.SaveChangesAsync(turnA);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => state.SaveChangesAsync(turnB));
    }

    [Fact]
    public async Task DeleteAsync_Property_IsRemovedOnSave()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var property = state.CreateProperty<int>("a");
        var turn = NewTurn();
        await property.SetAsync(turn, 1);
        await state.SaveChangesAsync(turn);

        var next = NewTurn();
        await property.DeleteAsync(next);
        await state.SaveChangesAsync(next);

        Assert.Equal(0, await property.GetAsync(NewTurn()));
    }

    [Fact]
    public async Task ClearStateAsync_ThenSave_StoresEmptyState()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var turn = NewTurn();
        await state.CreateProperty<int>("a").SetAsync(turn, 1);
        await state.SaveChangesAsync(turn);

        var next = NewTurn();
        await state.ClearStateAsync(next);
        await state.SaveChangesAsync(next);

        Assert.Equal("{}", (await storage.ReadAsync(["test/conversations/conversation-1"]))["test/conversations/conversation-1"].Json);
    }

    [Fact]
    public async Task DeleteAsync_State_RemovesStoredItem()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var turn = NewTurn();
        await state.CreateProperty<int>("a").SetAsync(turn, 1);
        await state.SaveChangesAsync(turn);

        await state.DeleteAsync(NewTurn());

        Assert.Equal(0, storage.Count);
    }

    [Fact]
    public async Task LoadAsync_ActivityWithoutConversation_Throws()
    {
        var state = new ConversationState(new MemoryStorage());
        var turn = new TurnContext(_adapter, new Activity { Type = ActivityTypes.Message, ChannelId = "test" });

        await Assert.ThrowsAsync<InvalidOperationException>(() => state.LoadAsync(turn));
    }

    private sealed class Profile
    {
        public int Age { get; set; }
    }

    private sealed class CountingStorage : IStorage
    {
        private readonly MemoryStorage _inner = new();

        public int Reads { get; private set; }

        public int Writes { get; private set; }

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
        {
            Reads++;
            return _inner.ReadAsync(keys, cancellationToken);
        }

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
        {
            Writes++;
            return _inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            _inner.DeleteAsync(keys, cancellationToken);
    }
}
