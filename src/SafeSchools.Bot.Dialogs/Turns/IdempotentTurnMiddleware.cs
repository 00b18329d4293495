using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs;

/// <summary>
/// Makes turns idempotent: an activity delivered again (same channel, conversation and activity id; a channel
/// retrying after a timeout or a crash) is answered with the replies its first turn sent, and nothing after this
/// middleware runs again. It reads the conversation state (the turn's one read, cached for everything after it) and
/// records what the turn sends in a <see cref="TurnReplyLog"/>, which the bot writes with its one save. Deliveries of
/// one activity at once run one after the other in this process; across processes, the later save's ETag conflict
/// finds the replies of the first (<see cref="TurnReplyLog.ReplayIfAnsweredAsync"/>). Place it before anything that
/// acts on a message (understanding, safeguarding alerts) and after the send handlers that shape replies, so what is
/// remembered is what was sent. Activities without an id run as they always did.
/// </summary>
/// <param name="conversationState">The state the bot saves; the replies are kept in it.</param>
/// <param name="time">The clock that ages remembered replies.</param>
public sealed class IdempotentTurnMiddleware(ConversationState conversationState, TimeProvider time) : IMiddleware
{
    /// <summary>
    /// How many of a conversation's latest turns are remembered: a channel retries the activity it is waiting on, so
    /// the last one is enough, and every turn reads and writes it with the state (a bigger SQLite row costs throughput).
    /// </summary>
    public const int MaxRememberedTurns = 1;

    /// <summary>How long a turn's replies are remembered: a channel's retries come within seconds.</summary>
    public static readonly TimeSpan RememberFor = TimeSpan.FromMinutes(5);

    private readonly RememberedTurns _remembered = new(
        conversationState ?? throw new ArgumentNullException(nameof(conversationState)), time ?? throw new ArgumentNullException(nameof(time)));

    private readonly InFlightActivities _inFlight = new();

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (KeyOf(turnContext.Activity) is not { } key)
        {
            await next(cancellationToken);
            return;
        }

        using var delivery = await _inFlight.EnterAsync(key, cancellationToken);
        if (await FindAsync(turnContext, cancellationToken) is { } replies)
        {
            if (replies.Count > 0)
            {
                await turnContext.SendActivitiesAsync(replies, cancellationToken);
            }

            return;
        }

        turnContext.TurnState.Set(new TurnReplyLog(turnContext, _remembered));
        await next(cancellationToken);
    }

    // Turns a bot answers and saves; typing, events and the like read nothing, and stay that way.
    private static string? KeyOf(Activity activity) =>
        activity is { Id.Length: > 0, ChannelId.Length: > 0, Conversation.Id.Length: > 0 }
        && activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate
            ? $"{activity.ChannelId}/{activity.Conversation.Id}/{activity.Id}"
            : null;

    // A store that can't be read leaves the turn to run as it would without this check: a safeguarding alert's reply
    // must still go out. The bot's own read then meets the failure and handles it.
    private async Task<IReadOnlyList<Activity>?> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            return await _remembered.FindAsync(turnContext, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return null;
        }
    }
}
