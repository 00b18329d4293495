using System.Text.Json;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Dialogs.Recognizers;
using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Safeguarding.Cards;
using SafeSchools.Bot.Safeguarding.Content;
using SafeSchools.Bot.Safeguarding.Content.Readability;
using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// The safeguarding bot. Each turn reads the conversation's state once, runs the dialogs (or routes a first message
/// to a topic), writes the state at most once, and only then sends the dialog's replies. If another turn of the
/// same conversation saved first (ETag conflict), the turn is run again on fresh state, so no turn is lost and no
/// reply is sent twice. Alert replies have already gone out from the middleware by then. With
/// <see cref="IdempotentTurnMiddleware"/> in the pipeline, the turn's replies are written with its state, and a turn
/// that lost its save to another delivery of the same activity sends that delivery's replies instead of running again.
/// </summary>
public sealed class SafeguardingBot : ActivityHandler
{
    private const int MaxAttempts = 3;

    // The young person's topics about an image (not "grooming", which the model also gives to other disclosures).
    private static readonly string[] ImageTopics = ["image-request", "image-already-shared", "sextortion"];

    private readonly ConversationState _conversationState;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly IStatePropertyAccessor<SafeguardingSession> _session;
    private readonly SafeguardingDialog _dialog;
    private readonly DialogSet _dialogs;
    private readonly SafeguardingContent _content;
    private readonly MessageInterpreter _interpreter;
    private readonly IReadOnlyList<Dialogs.Choice> _topicChoices;
    private readonly IRecognizer _recognizer;
    private readonly AlertCatalog _alerts;
    private readonly IReadOnlyList<Service> _groupChatServices;
    private readonly IReadOnlyList<string> _welcomeIntro;
    private readonly HashSet<string> _flowsOpeningWithTheDangerLine;

    /// <summary>Compiles the content into dialogs once; the bot is then reused for every turn.</summary>
    public SafeguardingBot(ConversationState conversationState, SafeguardingContent content, AlertCatalog alerts, IntentRouting router, TopicDetector topics, IRecognizer recognizer)
    {
        _content = content ?? throw new ArgumentNullException(nameof(content));
        _interpreter = new MessageInterpreter(content, router ?? throw new ArgumentNullException(nameof(router)), topics ?? throw new ArgumentNullException(nameof(topics)), MessageInterpreter.DefaultAnswerThreshold);
        _topicChoices = content.FindFlow(FlowIds.Menu)?.Steps.OfType<AskChoiceStep>().FirstOrDefault() is { } menu ? FlowDialog.ChoicesOf(menu) : [];
        _recognizer = recognizer ?? throw new ArgumentNullException(nameof(recognizer));
        _conversationState = conversationState ?? throw new ArgumentNullException(nameof(conversationState));
        _alerts = alerts ?? throw new ArgumentNullException(nameof(alerts));
        _dialogState = conversationState.CreateProperty<DialogState>("dialogState");
        _session = conversationState.CreateProperty<SafeguardingSession>(SafeguardingSession.PropertyName);
        _dialog = new SafeguardingDialog(content, _session);
        _dialogs = new DialogSet(_dialogState).Add(_dialog);
        _groupChatServices = [.. ConversationText.GroupChatServices.Select(content.FindService).OfType<Service>()];
        _welcomeIntro = IntroOf(content.FindFlow(FlowIds.Welcome));
        _flowsOpeningWithTheDangerLine = [.. content.Flows.Where(OpensWithTheDangerLine).Select(flow => flow.Id)];
    }

    // A flow whose first message opens with the 999 line says it (the short line alone, one phone screen being short)
    // even when a topic skips straight to its advice.
    private static bool OpensWithTheDangerLine(Flow flow) =>
        flow.StartStep is SayStep say
        && say.Text.Value.Split("\n\n", 2)[0].Contains("999", StringComparison.Ordinal);

    private const string OpeningDangerLine = "**" + ConversationText.DangerLine + "**";

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var understood = await turnContext.RecognizeOnceAsync(_recognizer, cancellationToken);
        var alertTurn = turnContext.TurnState.Get<AlertTurn>();
        var alert = alertTurn?.Result ?? AlertResult.None;
        if (IsGroupConversation(turnContext.Activity))
        {
            if (alertTurn is not null)
            {
                await alertTurn.AskCheckAsync(turnContext, cancellationToken);
            }

            await AnswerGroupAsync(turnContext, alert, cancellationToken);
            return;
        }

        if (CommandRecognizer.CommandOf(understood) == ConversationCommand.ForgetMe)
        {
            await _conversationState.DeleteAsync(turnContext, cancellationToken);

            // The channel may hold its own copy (the Direct Line transcript); it drops it once this reply is delivered.
            ConversationDeletion.Request(turnContext);
            await turnContext.SendActivityAsync(Activity.CreateMessage(ConversationText.Forgotten), cancellationToken);
            await SendTraceAsync(turnContext, null, null, alert, cancellationToken);
            return;
        }

        string? intent = null;
        await RunTurnAsync(turnContext, async dc => intent = await HandleMessageAsync(dc, understood, alertTurn, cancellationToken), alert, () => intent, cancellationToken);
    }

    /// <summary>
    /// Welcomes a new conversation once: when a user joins, or on Teams when the bot itself is added. In a group chat
    /// or channel only the bot's own arrival is answered (not every pupil who joins), with general help only.
    /// </summary>
    protected override Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        var added = activity.MembersAdded ?? [];
        var botAdded = botId is not null && added.Any(m => m.Id == botId);
        var userJoined = added.Any(m => m.Id != botId);
        var welcome = IsGroupConversation(activity) ? botAdded : userJoined || (botAdded && activity.ChannelId == Channels.MsTeams);
        return welcome ? WelcomeAsync(turnContext, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Teams sends installationUpdate "add" when the app is installed; welcomed once with the conversationUpdate.</summary>
    protected override Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return string.Equals(turnContext.Activity.Action, "add", StringComparison.OrdinalIgnoreCase)
            ? WelcomeAsync(turnContext, cancellationToken)
            : Task.CompletedTask;
    }

    private Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        RunTurnAsync(turnContext, async dc =>
        {
            var activity = turnContext.Activity;
            var session = await _session.GetAsync(turnContext, () => new SafeguardingSession(), cancellationToken);
            if (session.Welcomed)
            {
                return;
            }

            // The page someone opened says who they are: the parents' page is answered as a parent from the first reply,
            // and the young people's page does not ask.
            var audience = AudienceOf(activity);
            await _session.SetAsync(turnContext, session with { Welcomed = true, Parent = audience == PageAudience.Parent }, cancellationToken);
            if (IsGroupConversation(activity))
            {
                await turnContext.SendActivityAsync(GroupChatReply(activity), cancellationToken);
            }
            else if (dc.ActiveDialog is not null)
            {
                return;
            }
            else if (audience == PageAudience.YoungPerson)
            {
                await SendWelcomeIntroAsync(turnContext, cancellationToken);
                await dc.BeginDialogAsync(SafeguardingDialog.DialogId, new FlowStart(FlowIds.Menu), cancellationToken);
            }
            else
            {
                var flow = audience == PageAudience.Parent ? FlowIds.WorriedParent : FlowIds.Welcome;
                await dc.BeginDialogAsync(SafeguardingDialog.DialogId, new FlowStart(flow, TeamsNoticeFor(activity)), cancellationToken);
            }
        }, AlertResult.None, () => null, cancellationToken);

    // Group chats and channels get general help and an invitation to a private chat: no questions, nothing stored.
    private async Task AnswerGroupAsync(ITurnContext turnContext, AlertResult alert, CancellationToken cancellationToken)
    {
        await turnContext.SendActivityAsync(GroupChatReply(turnContext.Activity), cancellationToken);
        await SendTraceAsync(turnContext, null, null, alert, cancellationToken);
    }

    private Activity GroupChatReply(Activity incoming) => _groupChatServices.Count == 0
        ? Activity.CreateMessage(ConversationText.GroupChat)
        : HandoffCardFactory.CreateHandoff(_groupChatServices, incoming.ChannelId, ConversationText.GroupChat);

    // Before anything is asked in a Teams one-to-one chat, say that Teams keeps the chat.
    private async Task<SafeguardingSession> TellTeamsKeepsChatsAsync(ITurnContext turnContext, SafeguardingSession session, CancellationToken cancellationToken)
    {
        if (session.Welcomed || TeamsNoticeFor(turnContext.Activity) is not { } notice)
        {
            return session;
        }

        await turnContext.SendActivityAsync(Activity.CreateMessage(notice), cancellationToken);
        session = session with { Welcomed = true };
        await _session.SetAsync(turnContext, session, cancellationToken);
        return session;
    }

    /// <summary>Whether the conversation is a group chat or channel (<c>isGroup</c>, or Teams' conversation type).</summary>
    public static bool IsGroupConversation(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Conversation is { } conversation
            && (conversation.IsGroup == true
                || string.Equals(conversation.ConversationType, "groupChat", StringComparison.OrdinalIgnoreCase)
                || string.Equals(conversation.ConversationType, "channel", StringComparison.OrdinalIgnoreCase));
    }

    private static string? TeamsNoticeFor(Activity activity) =>
        activity.ChannelId == Channels.MsTeams && !IsGroupConversation(activity) ? ConversationText.TeamsNotice : null;

    private async Task<string?> HandleMessageAsync(DialogContext dc, RecognizerResult understood, AlertTurn? alertTurn, CancellationToken cancellationToken)
    {
        var turnContext = dc.Context;
        var alert = alertTurn?.Result ?? AlertResult.None;
        var session = await _session.GetAsync(turnContext, () => new SafeguardingSession(), cancellationToken);
        if (alertTurn is not null && IsAlreadyTold(alert, session))
        {
            // They have just told us about this: "has someone hurt you?" again would not be listening. What they said is answered.
            alertTurn.Settle();
            (alertTurn, alert) = (null, AlertResult.None);
        }

        var pending = dc.ActiveDialog is null ? null : _dialog.PendingQuestion(session);
        var interpretation = FitToAlertTopic(
            _interpreter.Interpret(understood, pending, dc.ActiveDialog is null ? null : session.ActiveFlow, session.Parent, turnContext.Activity.Locale), session.Topic, alert);
        var listeningTopic = TopicOf(session, dc.ActiveDialog is null ? null : session.ActiveFlow, alert, interpretation is Interpretation.Command);
        var checkAsked = alertTurn is not null && await SettleCheckAsync(turnContext, alertTurn, interpretation, listeningTopic, session.Parent, cancellationToken);
        session = await TellTeamsKeepsChatsAsync(turnContext, session, cancellationToken);
        if (!session.Parent && (dc.ActiveDialog is null || session.ActiveFlow == FlowIds.Welcome) && RecognizedAudience.IsAboutTheirChild(understood))
        {
            // A first message about their child (even an alert, before any topic): answered as a parent from now on. Not
            // mid-topic, where a young person's "my little brother..." must not turn the conversation into a parent's.
            await _session.SetAsync(turnContext, session = session with { Parent = true }, cancellationToken);
        }

        session = await RememberTopicAsync(turnContext, session, listeningTopic, cancellationToken);
        if (alert.IsAlert && interpretation is not Interpretation.AnswerToQuestion { Plain: true })
        {
            // The alert's reply (or its clarifying question) has gone out already.
            await _session.SetAsync(turnContext, session = session with { PendingAlert = checkAsked ? alert.Category : null, ToldAlert = alert.NeedsClarifying ? session.ToldAlert : alert.Category, MissesInARow = 0 }, cancellationToken);
            if (!alert.NeedsClarifying || interpretation is Interpretation.Miss)
            {
                // A certain alert's reply is the answer; the question that was waiting stays open for when they're ready.
                turnContext.TurnState.Set(new InterpretedTurn("alert"));
                if (IsOutsideATopic(dc, session) && interpretation is Interpretation.Topic topic && OpensAJourney(alert, topic, session.Parent)
                    && JourneyQuestionAfterAlert(topic) is var (flowId, questionId))
                {
                    // A first message that is both an alert and a topic ("he's sent my pic round the whole year") opens the
                    // topic's journey at its first question: the alert's reply has said what matters most, 999 included.
                    await StartFlowAsync(dc, session, flowId, cancellationToken, questionId, dangerLineShown: true);
                }
                else if (dc.ActiveDialog is not null && !alert.NeedsClarifying)
                {
                    await turnContext.SendActivityAsync(Activity.CreateMessage(ConversationText.CarryOn), cancellationToken);
                }

                return null;
            }

            // Only a possible risk: the check has been asked (or the answer below is about danger), and what they said is still answered.
        }
        else if (session.PendingAlert is { } pendingAlert)
        {
            var confirmed = ConfirmRecognizer.Recognize(understood.Text);
            session = session with { PendingAlert = null, ToldAlert = confirmed == true ? pendingAlert : session.ToldAlert };
            await _session.SetAsync(turnContext, session, cancellationToken);
            if (confirmed is { } yes)
            {
                turnContext.TurnState.Set(new InterpretedTurn("alert"));
                await AnswerClarificationAsync(dc, pendingAlert, yes, cancellationToken);
                return null;
            }
        }

        interpretation = _interpreter.FollowUpOnLastAnswer(interpretation, understood, session.LastAnswer);
        var lastAnswer = interpretation is Interpretation.Reply { Answer.Intent: var answered } && MessageInterpreter.AnswersAQuestion(answered) ? answered : null;
        if (lastAnswer != session.LastAnswer)
        {
            await _session.SetAsync(turnContext, session = session with { LastAnswer = lastAnswer }, cancellationToken);
        }

        if (interpretation is Interpretation.Miss && IsOutsideATopic(dc, session) && _content.Answers.Listening.Find(session.Topic) is null
            && _interpreter.OffTopicAnswer(understood, pending) is { } offTopic)
        {
            // Everyday chat before any topic is told what the bot is for. Inside a topic ("my phone is on 4%" while someone
            // is smashing up the kitchen) the topic's key points answer it, 999 line included.
            interpretation = new Interpretation.Reply(offTopic);
        }

        turnContext.TurnState.Set(new InterpretedTurn(interpretation.Kind));
        if (interpretation is Interpretation.Miss)
        {
            await FallBackAsync(dc, session, understood, pending, cancellationToken);
            return null;
        }

        if (session.MissesInARow > 0)
        {
            await _session.SetAsync(turnContext, session = session with { MissesInARow = 0 }, cancellationToken);
        }

        await ActAsync(dc, session, interpretation, pending, cancellationToken);
        return interpretation.Intent;
    }

    // Only where the topic is the alert's own: images shared or asked for after sextortion or an image-based disclosure,
    // and a parent's worry after what they told of their child. Danger and self-harm keep the conversation on keeping
    // safe (what they say next is about that, not an answer to a topic's question), and a young person's disclosure of
    // abuse has no journey of its own ("my dad hits me" is neither bullying nor grooming online).
    private static bool OpensAJourney(AlertResult alert, Interpretation.Topic topic, bool parent) =>
        !alert.NeedsClarifying && !alert.Raised(AlertCategories.ImmediateDanger) && !alert.Raised(AlertCategories.SelfHarm)
        && (topic.FlowId == FlowIds.WorriedParent ? parent : topic.FlowId == FlowIds.ImageRequest && ImageTopics.Contains(topic.TopicIntent));

    private static bool IsOutsideATopic(DialogContext dc, SafeguardingSession session) =>
        dc.ActiveDialog is null || session.ActiveFlow is FlowIds.Welcome or FlowIds.Menu;

    // The flow and first question of the topic a message routes to, or null when the flow asks none.
    private (string FlowId, string QuestionId)? JourneyQuestionAfterAlert(Interpretation.Topic topic) =>
        _content.FindFlow(topic.FlowId) is { } flow
            && flow.FirstQuestionFrom(topic.StepId ?? flow.StartStepId) is { } question
            ? (flow.Id, question.Id)
            : null;

    // A possible risk of the kind the conversation is already about, after its alert.
    private bool IsAlreadyTold(AlertResult alert, SafeguardingSession session) =>
        alert.NeedsClarifying && alert.Category is { } category && category == session.ToldAlert
        && _content.Answers.Listening.Find(session.Topic)?.AppliesAfter(category) == true;

    // Just after an alert, an answer meant for another worry is not given: what matters most in that topic is said instead.
    // After danger, self-harm or abuse, "it's just me and my little sister" is part of what is happening, not everyday
    // stress to shrug off (unless this very message raised a check of its own, which already asks about danger); after a
    // blackmail threat, "they're messaging me right now" is the threat going on, not danger that needs "call 999 now".
    private Interpretation FitToAlertTopic(Interpretation interpretation, string? topic, AlertResult alert)
    {
        if (interpretation is not Interpretation.Reply { Answer: var answer }
            || _content.Answers.Listening.Find(topic) is not { IsAfterAnAlert: true } listening)
        {
            return interpretation;
        }

        var fits = answer.Intent == IntentNames.EverydayStress
            ? alert.IsAlert
            : answer.After.IsEmpty || answer.After.Any(category => listening.AppliesAfter(category) || category == alert.Category);
        return fits ? interpretation : new Interpretation.Miss();
    }

    // A possible risk's check comes before the reply, unless the reply is itself about danger (it names 999: "i cant
    // call, he'll hear me" gets the silent-call answer, not "are you in danger?" as well) or the message simply
    // answered the question that was waiting. Returns whether the check was asked.
    private async Task<bool> SettleCheckAsync(
        ITurnContext turnContext, AlertTurn alertTurn, Interpretation interpretation, string? topic, bool parent, CancellationToken cancellationToken)
    {
        if (!alertTurn.Result.NeedsClarifying)
        {
            return false;
        }

        // Settled, not asked once: a turn run again after a storage conflict sends its replies (and so the check) again.
        alertTurn.Settle();
        if (ReplyNames999(interpretation, topic, parent) || interpretation is Interpretation.AnswerToQuestion { Plain: true })
        {
            return false;
        }

        await turnContext.SendActivitiesAsync(AlertTurn.RepliesFor(alertTurn.Result, turnContext.Activity), cancellationToken);
        return true;
    }

    // Whether the reply ActAsync will send names 999: an answer's own text, or for "ok ill do that" the key points of the
    // topic they are in ("ok ive rung them" after danger gets the danger topic's points, "can't speak? call 999" included).
    private bool ReplyNames999(Interpretation interpretation, string? topic, bool parent) =>
        (TopicAgreedTo(interpretation, topic)?.Answer ?? (interpretation as Interpretation.Reply)?.Answer) is { } answer
        && answer.TextFor(parent).Value.Contains("999", StringComparison.Ordinal);

    // "ok ill do that" in a topic: the topic whose key points answer it, or null (the reply is then its own answer).
    private TopicListening? TopicAgreedTo(Interpretation interpretation, string? topic) =>
        interpretation is Interpretation.Reply { Answer.Intent: IntentNames.WillDo } && _content.Answers.Listening is { Agreed: not null } listening
            ? listening.Find(topic)
            : null;

    private async Task ActAsync(DialogContext dc, SafeguardingSession session, Interpretation interpretation, Step? pending, CancellationToken cancellationToken)
    {
        var turnContext = dc.Context;
        switch (interpretation)
        {
            case Interpretation.AnswerToQuestion answer:
                if (answer.ChoiceIndex is { } index)
                {
                    turnContext.TurnState.Set(new ChosenAnswer(index));
                }

                await dc.ContinueDialogAsync(cancellationToken);
                break;
            case Interpretation.Command command when dc.ActiveDialog is not null:
                await dc.ContinueDialogAsync(cancellationToken);
                break;
            case Interpretation.Command command:
                await StartCommandAsync(dc, command.Name, cancellationToken);
                break;
            case Interpretation.Reply when TopicAgreedTo(interpretation, session.Topic) is { } topic:
                // "ok ill try childline": what matters most, with the service they named first.
                await ListenAsync(dc, WithNamedServiceFirst(topic.Answer, dc.Context.Activity.Text), session.Parent, _content.Answers.Listening.Agreed, pending, cancellationToken);
                break;
            case Interpretation.Reply reply:
                await SendAnswerAsync(turnContext, WithTopicServices(reply.Answer, session.Topic), session.Parent, cancellationToken, reply.Again ? ConversationText.AboutThat : null);
                if (AnswersWithoutAskingAgain.Contains(reply.Answer.Intent))
                {
                    break;
                }

                // A first message that said they are a parent ("as a parent, how do i...") is not asked who they are.
                var parentAtWelcome = session.Parent && session.ActiveFlow == FlowIds.Welcome;
                if (pending is not null && !parentAtWelcome)
                {
                    await dc.RepromptDialogAsync(cancellationToken);
                }
                else if (dc.ActiveDialog is null || session.ActiveFlow == FlowIds.Welcome)
                {
                    // Nothing under way (a first message, or after a flow ended) or the welcome answered: what the bot can
                    // help with next.
                    await StartFlowAsync(dc, session, session.Parent ? FlowIds.WorriedParent : FlowIds.Menu, cancellationToken);
                }

                break;
            case Interpretation.Topic topic:
                await StartFlowAsync(dc, session, topic.FlowId, cancellationToken, topic.StepId);
                break;
            case Interpretation.Identity identity:
                await _session.SetAsync(turnContext, session = session with { Parent = identity.Parent }, cancellationToken);
                if (identity.Parent && session.ActiveFlow != FlowIds.WorriedParent)
                {
                    await StartFlowAsync(dc, session, FlowIds.WorriedParent, cancellationToken);
                }
                else if (dc.ActiveDialog is null)
                {
                    await StartFlowAsync(dc, session, FlowIds.Menu, cancellationToken);
                }
                else
                {
                    await turnContext.SendActivityAsync(Activity.CreateMessage(ConversationText.Noted), cancellationToken);
                    await dc.RepromptDialogAsync(cancellationToken);
                }

                break;
        }
    }

    // An answer is a short aside: the first two services it names (the text names the rest), so it fits a phone screen.
    private const int MaxCardsWithAnAnswer = 1;

    // "ok", "thanks", "bye", "ill do that" inside a topic may be the last thing someone says: the reply carries the topic's
    // service ("ok" after being asked for pictures is answered with the CEOP card), unless it names services of its own.
    private Answer WithTopicServices(Answer answer, string? topic) =>
        answer.Services.IsEmpty && ClosingActs.Contains(answer.Intent) && _content.Answers.Listening.Find(topic) is { } listening
            ? answer with { Services = listening.Answer.Services }
            : answer;

    private static readonly HashSet<string> ClosingActs = new(StringComparer.Ordinal) { IntentNames.Yes, IntentNames.Thanks, IntentNames.Goodbye, IntentNames.WillDo };

    // Thanks and goodbye close a thread: answering them with the question again would nag.
    private static readonly HashSet<string> AnswersWithoutAskingAgain = new(StringComparer.Ordinal) { IntentNames.Thanks, IntentNames.Goodbye };

    private async Task SendAnswerAsync(ITurnContext turnContext, Answer answer, bool parent, CancellationToken cancellationToken, string? lead = null)
    {
        var text = answer.ReadMore is { } more ? $"{answer.TextFor(parent).Value.TrimEnd()}\n\n[Read more]({more})" : answer.TextFor(parent).Value;
        text = lead is null ? text : $"{lead}\n\n{text}";
        var services = answer.Services.Take(MaxCardsWithAnAnswer).Select(_content.GetService).ToList();
        var reply = services.Count == 0 ? Activity.CreateMessage(text) : HandoffCardFactory.CreateHandoff(services, turnContext.Activity.ChannelId, text);
        if (services.Count > 0 && WordsIn(reply) > AnswerWordBudget)
        {
            // Over a phone screen: the cards keep their names, numbers and buttons, and leave the describing to the answer.
            reply = HandoffCardFactory.CreateHandoff(services, turnContext.Activity.ChannelId, text, compact: true);
        }

        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    // An answer and its cards on one phone screen, with room for the question asked again after it.
    private const int AnswerWordBudget = 100;

    private static int WordsIn(Activity reply) =>
        ReadabilityMeter.Words(reply.Text ?? string.Empty).Count
        + (reply.Attachments ?? []).Select(a => a.Content).OfType<HeroCard>().Sum(card => ReadabilityMeter.Words($"{card.Title} {card.Text}").Count);

    // A new topic starts its flow; from inside another topic's flow the person is told the conversation moved on.
    private async Task StartFlowAsync(
        DialogContext dc, SafeguardingSession session, string flowId, CancellationToken cancellationToken, string? stepId = null, bool dangerLineShown = false)
    {
        string? lead = null;
        if (dc.ActiveDialog is not null)
        {
            lead = session.ActiveFlow is FlowIds.Welcome or FlowIds.Menu ? null : ConversationText.TopicLead(_content.FindFlow(flowId)?.Title ?? flowId);
            await dc.CancelAllDialogsAsync(cancellationToken);
        }

        if (stepId is not null && !dangerLineShown && _flowsOpeningWithTheDangerLine.Contains(flowId))
        {
            // Straight to the advice, past the flow's first message: its 999 line still comes first.
            lead = lead is null ? OpeningDangerLine : $"{OpeningDangerLine}\n\n{lead}";
        }

        await dc.BeginDialogAsync(SafeguardingDialog.DialogId, new FlowStart(flowId, lead, stepId), cancellationToken);
    }

    // Where the person is (the alert just raised, else the topic's flow and step) names their topic. It outlasts the
    // welcome question, where someone who told of danger first is still answering it; a command (menu, restart) clears it.
    private async Task<SafeguardingSession> RememberTopicAsync(ITurnContext turnContext, SafeguardingSession session, string? topic, CancellationToken cancellationToken)
    {
        if (topic != session.Topic)
        {
            await _session.SetAsync(turnContext, session = session with { Topic = topic }, cancellationToken);
        }

        return session;
    }

    // The topic of this turn (see RememberTopicAsync): the alert's, else the flow step's, else the one they were in.
    private string? TopicOf(SafeguardingSession session, string? flow, AlertResult alert, bool command)
    {
        var listening = _content.Answers.Listening;
        return (alert.Category is { } category ? listening.After(category) : null)?.Topic
            ?? (command ? null : listening.At(flow, session.PendingStep)?.Topic ?? session.Topic);
    }

    // A warm fallback, worded differently each time; a second miss in a row offers people to talk to instead. Inside a
    // topic, a first miss is answered with what matters most about it ("listening") rather than "say it another way".
    private async Task FallBackAsync(DialogContext dc, SafeguardingSession session, RecognizerResult understood, Step? pending, CancellationToken cancellationToken)
    {
        var fallbacks = _content.Answers.Fallbacks;
        session = session with { MissesInARow = session.MissesInARow + 1, Misses = session.Misses + 1 };
        await _session.SetAsync(dc.Context, session, cancellationToken);
        if (session.MissesInARow == 1 && _content.Answers.Listening.Find(session.Topic) is { } topic)
        {
            var listening = _content.Answers.Listening;
            await ListenAsync(dc, topic.Answer, session.Parent, QuestionShape.IsQuestion(understood) ? listening.Asked : listening.ToldMore, pending, cancellationToken);
            return;
        }

        if (session.MissesInARow == 2)
        {
            var services = fallbacks.AgainServices.Select(_content.GetService).ToList();
            var again = services.Count == 0
                ? Activity.CreateMessage(fallbacks.Again.Value)
                : HandoffCardFactory.CreateHandoff(services, dc.Context.Activity.ChannelId, fallbacks.Again.Value);
            await dc.Context.SendActivityAsync(again, cancellationToken);
            return;
        }

        var options = pending switch
        {
            AskChoiceStep ask => FlowDialog.ChoicesOf(ask),
            AskConfirmStep => FlowDialog.YesNo,
            _ => _topicChoices,
        };
        // A question it can't answer is told so honestly, with who could answer it, rather than "say it another way".
        var wording = fallbacks.UnknownQuestion is { } unknown && QuestionShape.IsQuestion(understood) ? unknown : fallbacks.FirstFor(session.Misses - 1);
        var message = ChoiceFactory.AppendChoices(Activity.CreateMessage(wording.Value), dc.Context.Activity, options, ListStyle.Auto);
        await dc.Context.SendActivityAsync(message, cancellationToken);
    }

    private Answer WithNamedServiceFirst(Answer answer, string? text) =>
        _interpreter.Services.NamedIn(text) is { } named && (answer.Services.IsEmpty || answer.Services[0] != named)
            ? answer with { Services = [named, .. answer.Services.Where(s => s != named)] }
            : answer;

    private async Task ListenAsync(DialogContext dc, Answer answer, bool parent, ContentText? lead, Step? pending, CancellationToken cancellationToken)
    {
        dc.Context.TurnState.Set(new InterpretedTurn("listening"));
        await SendAnswerAsync(dc.Context, answer, parent, cancellationToken, lead?.Value);
        if (pending is not null)
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }
    }

    private async Task AnswerClarificationAsync(DialogContext dc, string pending, bool yes, CancellationToken cancellationToken)
    {
        var reply = yes
            ? _alerts.Categories.FirstOrDefault(c => c.Id == pending)?.Reply ?? ConversationText.DangerLine
            : ConversationText.ClarifiedNo;
        await dc.Context.SendActivityAsync(Activity.CreateMessage(reply), cancellationToken);
        if (dc.ActiveDialog is not null)
        {
            await dc.Context.SendActivityAsync(Activity.CreateMessage(ConversationText.CarryOn), cancellationToken);
        }
    }

    private static async Task StartCommandAsync(DialogContext dc, ConversationCommand command, CancellationToken cancellationToken)
    {
        switch (command)
        {
            case ConversationCommand.Help:
                await dc.Context.SendActivityAsync(Activity.CreateMessage(ConversationText.Help), cancellationToken);
                break;
            case ConversationCommand.Stop:
                await dc.Context.SendActivityAsync(Activity.CreateMessage(ConversationText.Stopped), cancellationToken);
                break;
            case ConversationCommand.Menu:
                await dc.BeginDialogAsync(SafeguardingDialog.DialogId, new FlowStart(FlowIds.Menu), cancellationToken);
                break;
            case ConversationCommand.Danger:
                await dc.BeginDialogAsync(SafeguardingDialog.DialogId, new FlowStart(FlowIds.Emergency), cancellationToken);
                break;
        }
    }

    private async Task RunTurnAsync(
        ITurnContext turnContext, Func<DialogContext, Task> handle, AlertResult alert, Func<string?> intent, CancellationToken cancellationToken)
    {
        var buffer = new ReplyBuffer(turnContext);
        var log = TurnReplyLog.Of(turnContext);
        for (var attempt = 1; ; attempt++)
        {
            buffer.Hold();
            try
            {
                var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
                await handle(dc);

                // The turn's replies go into the same write as its state, so a retried activity gets them again.
                if (log is not null)
                {
                    await log.RememberAsync(cancellationToken);
                }

                await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
                await buffer.FlushAsync();
                break;
            }
            catch (StorageConcurrencyException) when (attempt < MaxAttempts)
            {
                // Another turn of this conversation saved first: run this one again on its result, unless that turn
                // was another delivery of this same activity (on another instance), whose replies are then sent instead.
                buffer.Discard();
                await _conversationState.LoadAsync(turnContext, true, cancellationToken);
                if (log is not null && await log.ReplayIfAnsweredAsync(cancellationToken))
                {
                    return;
                }
            }
            finally
            {
                buffer.Discard();
            }
        }

        var session = await _session.GetAsync(turnContext, () => new SafeguardingSession(), cancellationToken);
        await SendTraceAsync(turnContext, intent(), session.ActiveFlow, alert, cancellationToken);
    }

    // The intent is the one that decided the turn, else what understanding made of the message ("none" for the welcome).
    private async Task SendTraceAsync(ITurnContext turnContext, string? intent, string? flow, AlertResult alert, CancellationToken cancellationToken)
    {
        if (!Channels.ShowsTraces(turnContext.Activity.ChannelId))
        {
            // Teams, Direct Line and Web Chat would drop it: not built at all.
            return;
        }

        var alerts = alert.Matches.Select(m => m.Category).Distinct().ToList();
        var understood = turnContext.GetRecognizerResult();
        await turnContext.SendActivityAsync(new Activity
        {
            Type = ActivityTypes.Trace,
            Name = TurnTrace.Name,
            Label = TurnTrace.Label,
            ValueType = "https://safeschools.bot/schemas/turn",
            Value = JsonSerializer.SerializeToElement(new TurnTrace(
                intent ?? _interpreter.TopIntent(understood), flow, alerts, TraceUnderstanding.From(understood), turnContext.TurnState.Get<InterpretedTurn>()?.Kind)),
        }, cancellationToken);
    }

    // The welcome's messages before its question (who the bot is, what it keeps), for a page that already says who's chatting.
    private async Task SendWelcomeIntroAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        foreach (var say in _welcomeIntro)
        {
            await turnContext.SendActivityAsync(Activity.CreateMessage(say), cancellationToken);
        }
    }

    private static IReadOnlyList<string> IntroOf(Flow? flow) =>
        flow is null ? [] : [.. flow.Steps.TakeWhile(step => step is SayStep).OfType<SayStep>().Select(say => say.Text.Value)];

    private enum PageAudience
    {
        Unknown,
        YoungPerson,
        Parent,
    }

    // Set by the web page the chat was opened from (tokens/generate { audience }), carried on the conversation's start.
    private static PageAudience AudienceOf(Activity activity) =>
        activity.ChannelData is JsonElement { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("audience", out var audience) && audience.ValueKind == JsonValueKind.String
            ? audience.GetString() switch
            {
                "parent" => PageAudience.Parent,
                "young-person" => PageAudience.YoungPerson,
                _ => PageAudience.Unknown,
            }
            : PageAudience.Unknown;
}
