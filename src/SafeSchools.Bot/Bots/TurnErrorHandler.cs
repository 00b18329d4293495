using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Logging;
using SafeSchools.Bot.Safeguarding.Conversations;

namespace SafeSchools.Bot.Bots;

/// <summary>
/// The adapter's OnTurnError: logs the failure (never the message text) and still answers the user,
/// with the 999 line, so the bot never goes silent on a child.
/// </summary>
internal sealed class TurnErrorHandler(ILogger<TurnErrorHandler> logger, ConversationHasher hasher)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        var activity = turnContext.Activity;
        logger.LogError(
            "Turn failed with {ExceptionType} for {ActivityType} on {ChannelId} conversation {ConversationHash}",
            exception.GetType().Name, LogField.Safe(activity.Type), LogField.Safe(activity.ChannelId), hasher.Hash(activity.Conversation?.Id));
        logger.LogDebug(exception, "Turn failure detail");

        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.ConversationUpdate))
        {
            return;
        }

        try
        {
            await turnContext.SendActivityAsync(
                Activity.CreateMessage(ConversationText.Apology) with { InputHint = InputHints.ExpectingInput }, CancellationToken.None);
        }
        catch (Exception sendFailure) when (sendFailure is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            logger.LogError("Could not deliver the apology: {ExceptionType}", sendFailure.GetType().Name);
        }
    }
}
