using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Storage;

/// <summary>
/// Group commit for a store that takes one writer at a time: writes that arrive while a transaction is being committed
/// wait, and the next transaction commits all of them together, so concurrent turns share one commit (one set of
/// locks, one WAL append of the pages they share) instead of queueing for one each. A write that finds no batch under
/// way commits at once, on the caller's own thread, with whatever else is waiting by then.
/// </summary>
/// <remarks>
/// <para>Every write is completed only after the transaction holding it has committed (or with its own error): a
/// caller never hears "saved" for a write that is not in the database.</para>
/// <para>The <paramref name="commitAsync"/> delegate runs one batch, in arrival order, and must complete every
/// <see cref="PendingWrite"/> in it; one batch runs at a time. A write it leaves without an outcome fails (with the
/// error it threw, if it threw), so no caller waits for ever.</para>
/// </remarks>
internal sealed class GroupCommit(Func<IReadOnlyList<PendingWrite>, Task> commitAsync, int maxBatchSize)
{
    private readonly Lock _lock = new();
    private List<PendingWrite> _waiting = [];
    private bool _committing;

    /// <summary>Queues <paramref name="changes"/> for the next transaction; completes when it is committed.</summary>
    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<IReadOnlyDictionary<string, string>>(cancellationToken);
        }

        var write = new PendingWrite(changes, cancellationToken);
        bool lead;
        lock (_lock)
        {
            _waiting.Add(write);
            lead = !_committing;
            _committing = true;
        }

        return lead ? LeadAsync(write) : write.Task;
    }

    private async Task<IReadOnlyDictionary<string, string>> LeadAsync(PendingWrite own)
    {
        await CommitWaitingAsync();
        return await own.Task;
    }

    // Commits one batch: everything waiting (up to the batch size). Writes that arrived meanwhile are committed by the
    // next batch, on the thread pool, so this caller gets its answer without waiting for theirs.
    private async Task CommitWaitingAsync()
    {
        List<PendingWrite> batch;
        lock (_lock)
        {
            if (_waiting.Count <= maxBatchSize)
            {
                batch = _waiting;
                _waiting = [];
            }
            else
            {
                batch = _waiting.GetRange(0, maxBatchSize);
                _waiting.RemoveRange(0, maxBatchSize);
            }
        }

        try
        {
            await commitAsync(batch);
            foreach (var write in batch)
            {
                if (!write.IsDone)
                {
                    write.Fail(new InvalidOperationException("The group commit ended without an outcome for this write; it may not have been saved."));
                }
            }
        }
        catch (Exception ex)
        {
            foreach (var write in batch)
            {
                write.Fail(ex);
            }
        }
        finally
        {
            bool more;
            lock (_lock)
            {
                more = _waiting.Count > 0;
                _committing = more;
            }

            if (more)
            {
                ThreadPool.UnsafeQueueUserWorkItem(static group => _ = group.CommitWaitingAsync(), this, preferLocal: false);
            }
        }
    }
}
