namespace SafeSchools.Bot.DirectLine;

/// <summary>Forgets idle Direct Line conversations (and their transcripts) every minute.</summary>
internal sealed class DirectLineSweeper(DirectLineConversationStore store, TimeProvider time, ILogger<DirectLineSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var removed = store.RemoveIdle();
                if (removed > 0)
                {
                    logger.LogInformation("Forgot {Count} idle Direct Line conversations", removed);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping is the end of the sweeps, not a failure (the host reports a cancelled sweeper as one when it never started).
        }
    }
}
