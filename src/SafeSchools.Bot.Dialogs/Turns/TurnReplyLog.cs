using System.Text.Json;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs;

/// <summary>
/// The replies one turn has sent (trace activities aside), recorded by <see cref="IdempotentTurnMiddleware"/> and
/// kept in turn state. The bot puts them into its conversation state with <see cref="RememberAsync"/> just before
/// its one save, so they are written together. A bot that holds replies until it has saved, and runs the turn again
/// after an ETag conflict, rolls back what it discarded (<see cref="RollBackTo"/>) and, once it has read the state
/// again, lets <see cref="ReplayIfAnsweredAsync"/> answer a turn another delivery of the same activity already ran.
/// </summary>
public sealed class TurnReplyLog
{
    private readonly List<Activity> _replies = [];
    private readonly ITurnContext _turnContext;
    private readonly RememberedTurns _remembered;

    internal TurnReplyLog(ITurnContext turnContext, RememberedTurns remembered)
    {
        _turnContext = turnContext;
        _remembered = remembered;
        turnContext.OnSendActivities(RecordAsync);
    }

    /// <summary>How many replies have been recorded.</summary>
    public int Count => _replies.Count;

    /// <summary>The turn's log, or null when the turn is not made idempotent (no middleware, or an activity without an id).</summary>
    public static TurnReplyLog? Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<TurnReplyLog>();
    }

    /// <summary>Forgets the replies recorded after the first <paramref name="count"/>: they were discarded, never sent.</summary>
    public void RollBackTo(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count < _replies.Count)
        {
            _replies.RemoveRange(count, _replies.Count - count);
        }
    }

    /// <summary>Puts the recorded replies into the conversation state under this activity's id; call it right before the save.</summary>
    public Task RememberAsync(CancellationToken cancellationToken = default) =>
        _remembered.RememberAsync(_turnContext, [.. _replies], cancellationToken);

    /// <summary>
    /// When the state (read again after a conflict) shows another delivery of this activity has been answered, sends
    /// the replies it sent that this turn has not sent already (an alert reply goes out before the save) and returns
    /// true: the turn is done. Returns false when the turn still has to run.
    /// </summary>
    public async Task<bool> ReplayIfAnsweredAsync(CancellationToken cancellationToken = default)
    {
        if (await _remembered.FindAsync(_turnContext, cancellationToken) is not { } remembered)
        {
            return false;
        }

        var sent = _replies.Select(Json).ToList();
        var missing = remembered.Where(reply => !sent.Remove(Json(RememberedTurns.Minimal(reply)))).ToList();
        if (missing.Count > 0)
        {
            await _turnContext.SendActivitiesAsync(missing, cancellationToken);
        }

        return true;
    }

    private static string Json(Activity reply) => JsonSerializer.Serialize(reply, BotJson.Options);

    private Task<ResourceResponse[]> RecordAsync(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next)
    {
        _replies.AddRange(activities.Where(activity => activity.Type != ActivityTypes.Trace).Select(RememberedTurns.Minimal));
        return next();
    }
}
