using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>
/// What the alert middleware found in this turn's message; kept in turn state for the bot and the trace. A certain
/// alert's reply has gone out already. A possible one's check waits for the bot, which knows what the message meant:
/// it asks the check before its own reply, or lets it go when its reply is itself about danger (so one message of the
/// turn carries 999, not two). A check nobody settled is asked by the middleware when the turn ends.
/// </summary>
/// <param name="result">The detection.</param>
public sealed class AlertTurn(AlertResult result)
{
    /// <summary>The detection.</summary>
    public AlertResult Result { get; } = result;

    /// <summary>Whether a clarifying check is still waiting to be asked or let go.</summary>
    public bool CheckWaiting { get; private set; } = result.NeedsClarifying;

    /// <summary>Asks the check if it is still waiting (the clarifying question, with Yes and No), once.</summary>
    public async Task AskCheckAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!CheckWaiting)
        {
            return;
        }

        CheckWaiting = false;
        await turnContext.SendActivitiesAsync(RepliesFor(Result, turnContext.Activity), cancellationToken);
    }

    /// <summary>
    /// Marks the check as settled by the bot, which either sent it with its own reply (again on each attempt of the
    /// turn) or let it go because its reply already tells the person what to do in danger.
    /// </summary>
    public void Settle() => CheckWaiting = false;

    /// <summary>The messages that carry <paramref name="result"/>'s replies; a check ends with Yes and No buttons.</summary>
    public static IReadOnlyList<Activity> RepliesFor(AlertResult result, Activity incoming)
    {
        ArgumentNullException.ThrowIfNull(result);
        var replies = result.Replies.Select(text => Activity.CreateMessage(text)).ToList();
        if (result.NeedsClarifying && replies.Count > 0)
        {
            // Suggested actions where the conversation shows them; on Teams outside personal chat, a card of buttons.
            replies[^1] = ChoiceFactory.AppendChoices(
                replies[^1] with { InputHint = InputHints.ExpectingInput }, incoming, [new Choice("Yes"), new Choice("No")], ListStyle.Auto);
        }

        return replies;
    }
}
