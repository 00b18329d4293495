using SafeSchools.Bot.Connector;
using IMiddleware = SafeSchools.Bot.Connector.IMiddleware;

namespace SafeSchools.Bot.Logging;

/// <summary>Logs each turn's activity type, channel, hashed conversation id and duration. Never the text.</summary>
internal sealed class TurnLoggingMiddleware(ILogger<TurnLoggingMiddleware> logger, ConversationHasher hasher, TimeProvider time)
    : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var activity = turnContext.Activity;
        var replies = 0;
        turnContext.OnSendActivities(async (_, activities, sendNext) =>
        {
            replies += activities.Count;
            return await sendNext();
        });

        await next(cancellationToken);

        logger.LogInformation(
            "Turn {ActivityType} on {ChannelId} conversation {ConversationHash}: {ReplyCount} replies in {ElapsedMs:0.0} ms",
            activity.Type, activity.ChannelId, hasher.Hash(activity.Conversation?.Id), replies, time.GetElapsedTime(started).TotalMilliseconds);
    }
}
