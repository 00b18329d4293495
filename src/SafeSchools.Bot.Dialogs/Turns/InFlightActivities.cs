namespace SafeSchools.Bot.Dialogs;

/// <summary>
/// Lets one delivery of an activity run at a time in this process: a second delivery of the same activity waits for
/// the first to finish (and then finds its replies remembered) instead of running the turn beside it.
/// </summary>
internal sealed class InFlightActivities
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Waits until no other delivery of <paramref name="key"/> is running; dispose the result when done.</summary>
    public async Task<IDisposable> EnterAsync(string key, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                _entries[key] = entry = new Entry();
            }

            entry.Users++;
        }

        try
        {
            await entry.Gate.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Leave(key, entry, release: false);
            throw;
        }

        return new Pass(this, key, entry);
    }

    private void Leave(string key, Entry entry, bool release)
    {
        lock (_lock)
        {
            if (release)
            {
                entry.Gate.Release();
            }

            if (--entry.Users == 0)
            {
                _entries.Remove(key);
                entry.Gate.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Pass(InFlightActivities owner, string key, Entry entry) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                owner.Leave(key, entry, release: true);
            }
        }
    }
}
