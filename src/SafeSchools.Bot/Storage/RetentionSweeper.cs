using Microsoft.Extensions.Options;

namespace SafeSchools.Bot.Storage;

/// <summary>Deletes conversation and user state left idle longer than the retention period.</summary>
internal sealed class RetentionSweeper(
    IStorageMaintenance store, IOptions<StorageOptions> options, TimeProvider time, ILogger<RetentionSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        try
        {
            do
            {
                await SweepOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping is the end of the sweeps, not a failure (the host reports a cancelled sweeper as one when it never started).
        }
    }

    internal async Task SweepOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var removed = await store.DeleteNotWrittenSinceAsync(time.GetUtcNow() - options.Value.RetentionPeriod, cancellationToken);
            if (removed > 0)
            {
                logger.LogInformation("Retention sweep deleted {Count} idle state items", removed);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The store may be down; the next sweep tries again.
            logger.LogWarning("Retention sweep failed with {ExceptionType}; it will run again", ex.GetType().Name);
        }
    }
}
