using Microsoft.Extensions.Logging;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Safeguarding.Conversations;
using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>
/// Acts on the risks understanding found in every incoming message (immediate danger, self-harm, abuse disclosures,
/// sextortion), before the dialogs run and whatever step the user is at, and sends the category's reply first. A
/// certain alert needs no storage, so its reply goes out even when state cannot be read or saved. A possible one reads
/// the conversation (the turn's one read, shared with the bot) so that the check just asked is not asked again of its
/// answer, and a parent is asked about their child. Alerts are counted in the logs by category only.
/// </summary>
public sealed class SafeguardingAlertMiddleware(
    IRecognizer recognizer, AlertDetector detector, ConversationState conversationState, ILogger<SafeguardingAlertMiddleware> logger) : IMiddleware
{
    private readonly IStatePropertyAccessor<SafeguardingSession> _session = conversationState.CreateProperty<SafeguardingSession>(SafeguardingSession.PropertyName);

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        // The "I'm in danger now" button opens the emergency flow, which shows 999 first; no second copy is needed.
        if (turnContext.Activity.Type == ActivityTypes.Message
            && await turnContext.RecognizeOnceAsync(recognizer, cancellationToken) is var understood
            && CommandRecognizer.CommandOf(understood) is var command and not ConversationCommand.Danger)
        {
            // A whole-message command ("help", "stop") is what it says; only a rule can make it a risk. (A message the model is
            // sure is small talk or a question has already had its merely possible risks let go by the recognizer.)
            var risks = command != ConversationCommand.None ? [.. understood.Risks.Where(r => r.Source == RecognitionSource.Rule)] : understood.Risks;
            var result = detector.ResultFor(risks);
            if (result.NeedsClarifying && await SessionAsync(turnContext, cancellationToken) is { } session)
            {
                // Not the check just asked, again, of its answer ("its not bad, i dont need a hospital"); a parent is
                // asked about their child.
                result = result.Category == session.PendingAlert ? AlertResult.None
                    : session.Parent || IsAboutTheirChild(understood) ? detector.ResultFor(risks, parent: true)
                    : result;
            }

            turnContext.TurnState.Set(new AlertTurn(result));
            if (result.IsAlert)
            {
                await ReplyAsync(turnContext, result, cancellationToken);
            }
        }

        await next(cancellationToken);
    }

    // "My son is being bullied on the bus..." is a parent, whether or not they have said so yet.
    private static bool IsAboutTheirChild(RecognizerResult understood) =>
        understood.GetTopScoringIntent().Intent is var top
        && (top == IntentNames.IAmParent || top.StartsWith(IntentNames.ParentPrefix, StringComparison.Ordinal));

    // The conversation so far, for a possible risk only; null when there is none yet or it can't be read (then ask).
    private async Task<SafeguardingSession?> SessionAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            return await _session.GetAsync(turnContext, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not read the conversation before a safety check");
            return null;
        }
    }

    private async Task ReplyAsync(ITurnContext turnContext, AlertResult result, CancellationToken cancellationToken)
    {
        foreach (var match in result.Matches)
        {
            logger.LogWarning("Safeguarding alert raised: {AlertCategory} ({AlertCertainty})", match.Category, match.Certainty);
        }

        var replies = result.Replies.Select(text => Activity.CreateMessage(text)).ToList();
        if (result.NeedsClarifying && replies.Count > 0)
        {
            // Suggested actions where the conversation shows them; on Teams outside personal chat, a card of buttons.
            replies[^1] = ChoiceFactory.AppendChoices(
                replies[^1] with { InputHint = InputHints.ExpectingInput }, turnContext.Activity, [new Choice("Yes"), new Choice("No")], ListStyle.Auto);
        }

        await turnContext.SendActivitiesAsync(replies, cancellationToken);
    }
}
