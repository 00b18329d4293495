using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;
using IMiddleware = SafeSchools.Bot.Connector.IMiddleware;

namespace SafeSchools.Bot.Logging;

/// <summary>
/// Logs each turn's activity type, channel (both as <see cref="LogField.Safe"/> shows them), hashed conversation id,
/// the number of activities sent to the person (the Emulator's trace is not one) and the duration. Never the text.
/// At Debug level: a line per turn cost a fifth of a busy instance's throughput (compare.sh, 2-core machine), so an
/// operator turns it on when needed (<c>Serilog:MinimumLevel:Override</c> for this class); when off, nothing is counted
/// or hashed.
/// </summary>
internal sealed class TurnLoggingMiddleware(ILogger<TurnLoggingMiddleware> logger, ConversationHasher hasher, TimeProvider time)
    : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            await next(cancellationToken);
            return;
        }

        var started = time.GetTimestamp();
        var activity = turnContext.Activity;
        var replies = 0;
        turnContext.OnSendActivities(async (_, activities, sendNext) =>
        {
            replies += activities.Count(a => a.Type != ActivityTypes.Trace);
            return await sendNext();
        });

        await next(cancellationToken);

        logger.LogDebug(
            "Turn {ActivityType} on {ChannelId} conversation {ConversationHash}: {ReplyCount} replies in {ElapsedMs:0.0} ms",
            LogField.Safe(activity.Type), LogField.Safe(activity.ChannelId), hasher.Hash(activity.Conversation?.Id), replies,
            time.GetElapsedTime(started).TotalMilliseconds);
    }
}
