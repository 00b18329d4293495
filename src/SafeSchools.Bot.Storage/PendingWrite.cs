using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Storage;

/// <summary>
/// One caller's <see cref="IStorage.WriteAsync"/> waiting in a <see cref="GroupCommit"/> for the transaction it will
/// share with the writes queued beside it. Completed exactly once: with its new ETags, its own error, or cancelled.
/// </summary>
internal sealed class PendingWrite(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
{
    // Continuations run on the thread pool, not on the thread committing the batch, which has other turns to answer.
    private readonly TaskCompletionSource<IReadOnlyDictionary<string, string>> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>What the caller asked to write: all of it or none.</summary>
    public IReadOnlyDictionary<string, StoreItem> Changes => changes;

    /// <summary>The caller's token: a write cancelled before its batch starts is not written.</summary>
    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>Completes once the write is committed (its new ETags), has failed, or was cancelled.</summary>
    public Task<IReadOnlyDictionary<string, string>> Task => _done.Task;

    /// <summary>Whether the write already has its outcome.</summary>
    public bool IsDone => _done.Task.IsCompleted;

    public void Succeed(IReadOnlyDictionary<string, string> eTags) => _done.TrySetResult(eTags);

    public void Fail(Exception exception) => _done.TrySetException(exception);

    public void Cancel() => _done.TrySetCanceled(cancellationToken);
}
