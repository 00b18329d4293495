using Microsoft.Extensions.Logging;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Dialogs.Recognizers;
using SafeSchools.Bot.Safeguarding.Content;
using SafeSchools.Bot.Safeguarding.Conversations;
using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>
/// Acts on the risks understanding found in every incoming message (immediate danger, self-harm, abuse disclosures,
/// sextortion), before the dialogs run and whatever step the user is at. A certain alert's reply goes out first, and
/// goes out even when state cannot be read or saved. Both read the conversation (the turn's one read, shared with the
/// bot) so that a parent hears about their child and the check just asked is not asked again of its answer; its check is left to the bot (see <see cref="AlertTurn"/>), and asked here when
/// the turn ends if nothing settled it. Alerts are counted in the logs by category only.
/// </summary>
public sealed class SafeguardingAlertMiddleware(
    IRecognizer recognizer, AlertDetector detector, ConversationState conversationState, SafeguardingContent content, ILogger<SafeguardingAlertMiddleware> logger) : IMiddleware
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
            if (result.IsAlert)
            {
                // A parent hears about their child; the check just asked is not asked again of its answer ("its not bad, i
                // dont need a hospital"). When the conversation can't be read, the reply goes out all the same.
                var session = await SessionAsync(turnContext, cancellationToken);
                result = result.NeedsClarifying && result.Category == session?.PendingAlert || IsOptionOfWaitingQuestion(understood, session) ? AlertResult.None
                    : session?.Parent == true || RecognizedAudience.IsAboutTheirChild(understood) ? detector.ResultFor(risks, parent: true)
                    : result;
            }

            var alert = new AlertTurn(result);
            turnContext.TurnState.Set(alert);
            Log(result);
            if (result.IsAlert && !result.NeedsClarifying)
            {
                await turnContext.SendActivitiesAsync(AlertTurn.RepliesFor(result, turnContext.Activity), cancellationToken);
            }

            try
            {
                await next(cancellationToken);
            }
            finally
            {
                // The bot asks a possible check before its own reply; if nothing did (another bot, or a failed turn), ask it now.
                await alert.AskCheckAsync(turnContext, cancellationToken);
            }

            return;
        }

        await next(cancellationToken);
    }

    // Pressing an option of the waiting question (or typing its words) is choosing it, and the journey answers it: the
    // option's own words are not a disclosure ("I've already sent one", "Someone is threatening me or wants money").
    // Only the whole message equal to an option counts, not StrictAnswer's option said inside a sentence: "someone is
    // threatening me or wants money and i want to die" is still read for risks.
    private bool IsOptionOfWaitingQuestion(RecognizerResult understood, SafeguardingSession? session)
    {
        if (session is not { ActiveFlow: { } flowId, PendingStep: { } stepId } || content.FindFlow(flowId)?.FindStep(stepId) is not AskChoiceStep ask)
        {
            return false;
        }

        var typed = TextNormalizer.Normalize(understood.Text);
        return ask.Choices.Any(choice => TextNormalizer.Normalize(choice.Label) == typed);
    }

    // The conversation so far; null when there is none yet or it can't be read (then the reply or check goes out as it is).
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

    private void Log(AlertResult result)
    {
        foreach (var match in result.Matches)
        {
            logger.LogWarning("Safeguarding alert raised: {AlertCategory} ({AlertCertainty})", match.Category, match.Certainty);
        }
    }
}
