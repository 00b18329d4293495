using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs.Tests.State;

public sealed class ConcurrentTurnTests
{
    [Fact]
    public async Task SaveChangesAsync_TwoTurnsOfOneConversationAtOnce_SecondFailsInsteadOfLosingFirst()
    {
        var storage = new ReadTogetherStorage(new MemoryStorage(), readers: 2);
        var instanceA = new DialogTestClient(Channels.Test, Flows.ThreeStepComponent(), storage: storage);
        var instanceB = new DialogTestClient(Channels.Test, Flows.ThreeStepComponent(), storage: storage);
        await instanceA.SendActivityAsync<Activity>("hi");
        storage.HoldReads = true;

        var turns = new[] { instanceA.SendActivityAsync<Activity>("bullying"), instanceB.SendActivityAsync<Activity>("online safety") };
        var outcome = await Task.WhenAll(turns.Select(t => t.ContinueWith(done => done.Exception?.InnerException, TaskScheduler.Default)));

        Assert.Single(outcome, e => e is null);
        Assert.IsType<StorageConcurrencyException>(Assert.Single(outcome, e => e is not null));
    }

    /// <summary>Lets reads return only once every reader has read, so both turns see the same version.</summary>
    private sealed class ReadTogetherStorage(IStorage inner, int readers) : IStorage
    {
        private readonly TaskCompletionSource _allRead = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _reads;

        public bool HoldReads { get; set; }

        public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
        {
            var items = await inner.ReadAsync(keys, cancellationToken);
            if (HoldReads && keys.Single().Contains("/conversations/", StringComparison.Ordinal))
            {
                if (Interlocked.Increment(ref _reads) == readers)
                {
                    _allRead.SetResult();
                }

                await _allRead.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
            }

            return items;
        }

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default) =>
            inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(keys, cancellationToken);
    }
}
