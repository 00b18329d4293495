using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Storage;

/// <summary>The performance rule the whole host keeps: one state read and at most one write per turn.</summary>
public sealed class StateAccessPerTurnTests
{
    [Theory]
    [InlineData("I'm being bullied")]
    [InlineData("are you a real person")]
    [InlineData("someone is following me home right now")]
    [InlineData("purple")]
    public async Task AMessage_ReadsTheStateOnce_AndWritesItAtMostOnce(string text)
    {
        var storage = new CountingStorage(new MemoryStorage());
        await using var bot = await BotHost.StartAsync(configure: b => b.Services.AddSingleton<IStorage>(storage));
        var user = new EmulatorUser(bot, "state-access");
        await user.StartAsync();
        await user.SayAsync("I'm a young person");
        storage.Reset();

        var replies = await user.SayAsync(text);

        Assert.NotEmpty(replies);
        Assert.Equal(1, storage.Reads);
        Assert.InRange(storage.Writes, 0, 1);
    }

    private sealed class CountingStorage(IStorage inner) : IStorage
    {
        private int _reads;
        private int _writes;

        public int Reads => _reads;

        public int Writes => _writes;

        public void Reset()
        {
            _reads = 0;
            _writes = 0;
        }

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _reads);
            return inner.ReadAsync(keys, cancellationToken);
        }

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _writes);
            return inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }
}
