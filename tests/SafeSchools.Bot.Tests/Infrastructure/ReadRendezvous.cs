namespace SafeSchools.Bot.Tests.Infrastructure;

/// <summary>
/// Once armed, holds each of the next <c>parties</c> state reads until all of them have read, so that many turns
/// of a conversation certainly read the same version of its state before any of them writes. Reads after those
/// (a turn's re-read after a conflict) pass straight through. Waits are bounded.
/// </summary>
public sealed class ReadRendezvous
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    private readonly Lock _lock = new();
    private int _waiting;
    private TaskCompletionSource? _allRead;

    public void Arm(int parties)
    {
        lock (_lock)
        {
            _waiting = parties;
            _allRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public Task ArriveAsync(CancellationToken cancellationToken)
    {
        Task wait;
        lock (_lock)
        {
            if (_allRead is null || _waiting == 0)
            {
                return Task.CompletedTask;
            }

            wait = _allRead.Task;
            if (--_waiting == 0)
            {
                _allRead.TrySetResult();
            }
        }

        return wait.WaitAsync(Limit, cancellationToken);
    }
}
