using SafeSchools.Bot.Connector;

namespace SafeSchools.Bot.Dialogs.Tests.State;

public sealed class ReformattingStoreTests
{
    [Fact]
    public async Task SaveChanges_StoreGivesTheDocumentBackReformatted_NoWriteWhenNothingChanged()
    {
        var storage = new ReformattingStorage();
        var state = new ConversationState(storage);
        var step = state.CreateProperty<int>("step");
        var adapter = new TestAdapter();
        var first = new TurnContext(adapter, adapter.MakeActivity("hi"));
        await step.SetAsync(first, 2);
        await state.SaveChangesAsync(first);

        var second = new TurnContext(adapter, adapter.MakeActivity("hi again"));
        Assert.Equal(2, await step.GetAsync(second, () => 0));
        await state.SaveChangesAsync(second);

        Assert.Equal(1, storage.Writes);
    }

    [Fact]
    public async Task SaveChanges_StoreGivesTheDocumentBackReformatted_WritesWhatChanged()
    {
        var storage = new ReformattingStorage();
        var state = new ConversationState(storage);
        var step = state.CreateProperty<int>("step");
        var name = state.CreateProperty<string>("name");
        var adapter = new TestAdapter();
        var first = new TurnContext(adapter, adapter.MakeActivity("hi"));
        await step.SetAsync(first, 2);
        await name.SetAsync(first, "kai");
        await state.SaveChangesAsync(first);

        var second = new TurnContext(adapter, adapter.MakeActivity("next"));
        await step.SetAsync(second, 3);
        await state.SaveChangesAsync(second);

        var third = new TurnContext(adapter, adapter.MakeActivity("and again"));
        Assert.Equal(2, storage.Writes);
        Assert.Equal(3, await step.GetAsync(third, () => 0));
        Assert.Equal("kai", await name.GetAsync(third));
    }

    /// <summary>Returns stored JSON with extra white space, as PostgreSQL's jsonb::text does.</summary>
    private sealed class ReformattingStorage : IStorage
    {
        private readonly MemoryStorage _inner = new();

        public int Writes { get; private set; }

        public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            (await _inner.ReadAsync(keys, cancellationToken)).ToDictionary(
                kv => kv.Key, kv => kv.Value with { Json = kv.Value.Json.Replace(":", ": ", StringComparison.Ordinal) });

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
        {
            Writes++;
            return _inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);
    }
}
