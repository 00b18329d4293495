using System.Text.Json;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Dialogs.Recognizers;
using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Safeguarding.Cards;
using SafeSchools.Bot.Safeguarding.Content;
using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// The safeguarding bot. Each turn reads the conversation's state once, runs the dialogs (or routes a first message
/// to a topic), writes the state at most once, and only then sends the dialog's replies. If another turn of the
/// same conversation saved first (ETag conflict), the turn is run again on fresh state, so no turn is lost and no
/// reply is sent twice. Alert replies have already gone out from the middleware by then.
/// </summary>
public sealed class SafeguardingBot : ActivityHandler
{
    private const int MaxAttempts = 3;

    private readonly ConversationState _conversationState;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly IStatePropertyAccessor<SafeguardingSession> _session;
    private readonly SafeguardingDialog _dialog;
    private readonly DialogSet _dialogs;
    private readonly IntentRouting _router;
    private readonly IRecognizer _recognizer;
    private readonly AlertCatalog _alerts;
    private readonly IReadOnlyList<Service> _groupChatServices;

    /// <summary>Compiles the content into dialogs once; the bot is then reused for every turn.</summary>
    public SafeguardingBot(ConversationState conversationState, SafeguardingContent content, AlertCatalog alerts, IntentRouting router, TopicDetector topics, IRecognizer recognizer)
    {
        _recognizer = recognizer ?? throw new ArgumentNullException(nameof(recognizer));
        _conversationState = conversationState ?? throw new ArgumentNullException(nameof(conversationState));
        _alerts = alerts ?? throw new ArgumentNullException(nameof(alerts));
        _router = router ?? throw new ArgumentNullException(nameof(router));
        _dialogState = conversationState.CreateProperty<DialogState>("dialogState");
        _session = conversationState.CreateProperty<SafeguardingSession>("session");
        _dialog = new SafeguardingDialog(content, _session, topics);
        _dialogs = new DialogSet(_dialogState).Add(_dialog);
        _groupChatServices = [.. ConversationText.GroupChatServices.Select(content.FindService).OfType<Service>()];
    }

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var understood = await turnContext.RecognizeOnceAsync(_recognizer, cancellationToken);
        var alert = turnContext.TurnState.Get<AlertTurn>()?.Result ?? AlertResult.None;
        if (IsGroupConversation(turnContext.Activity))
        {
            await AnswerGroupAsync(turnContext, alert, cancellationToken);
            return;
        }

        if (CommandRecognizer.CommandOf(understood) == ConversationCommand.ForgetMe)
        {
            await _conversationState.DeleteAsync(turnContext, cancellationToken);
            await turnContext.SendActivityAsync(Activity.CreateMessage(ConversationText.Forgotten), cancellationToken);
            await SendTraceAsync(turnContext, null, null, alert, cancellationToken);
            return;
        }

        string? intent = null;
        await RunTurnAsync(turnContext, async dc => intent = await HandleMessageAsync(dc, understood, alert, cancellationToken), alert, () => intent, cancellationToken);
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

            await _session.SetAsync(turnContext, session with { Welcomed = true }, cancellationToken);
            if (IsGroupConversation(activity))
            {
                await turnContext.SendActivityAsync(GroupChatReply(activity), cancellationToken);
            }
            else if (dc.ActiveDialog is null)
            {
                await dc.BeginDialogAsync(SafeguardingDialog.DialogId, new FlowStart(WelcomeFlowFor(activity), TeamsNoticeFor(activity)), cancellationToken);
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

    private async Task<string?> HandleMessageAsync(DialogContext dc, RecognizerResult understood, AlertResult alert, CancellationToken cancellationToken)
    {
        var turnContext = dc.Context;
        var session = await TellTeamsKeepsChatsAsync(turnContext, await _session.GetAsync(turnContext, () => new SafeguardingSession(), cancellationToken), cancellationToken);
        if (session.PendingAlert is { } pending && !alert.IsAlert && await AnswerClarificationAsync(dc, session, pending, understood.Text, cancellationToken))
        {
            return null;
        }

        if (alert.IsAlert)
        {
            await _session.SetAsync(turnContext, session with { PendingAlert = alert.NeedsClarifying ? alert.Category : null }, cancellationToken);
            await CarryOnAsync(dc, cancellationToken);
            return null;
        }

        if (dc.ActiveDialog is not null)
        {
            await dc.ContinueDialogAsync(cancellationToken);
            return null;
        }

        return await StartAsync(dc, understood, cancellationToken);
    }

    // After an alert the message is not fed to the question that was waiting: the user is offered it again.
    private static async Task CarryOnAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is not null)
        {
            await dc.Context.SendActivityAsync(Activity.CreateMessage(ConversationText.CarryOn), cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
        }
    }

    private async Task<bool> AnswerClarificationAsync(DialogContext dc, SafeguardingSession session, string pending, string? text, CancellationToken cancellationToken)
    {
        var answer = ConfirmRecognizer.Recognize(text);
        if (answer is null)
        {
            await _session.SetAsync(dc.Context, session with { PendingAlert = null }, cancellationToken);
            return false;
        }

        await _session.SetAsync(dc.Context, session with { PendingAlert = null }, cancellationToken);
        var reply = answer.Value
            ? _alerts.Categories.FirstOrDefault(c => c.Id == pending)?.Reply ?? ConversationText.DangerLine
            : ConversationText.ClarifiedNo;
        await dc.Context.SendActivityAsync(Activity.CreateMessage(reply), cancellationToken);
        await CarryOnAsync(dc, cancellationToken);
        return true;
    }

    private async Task<string?> StartAsync(DialogContext dc, RecognizerResult understood, CancellationToken cancellationToken)
    {
        switch (CommandRecognizer.CommandOf(understood))
        {
            case ConversationCommand.Help:
                await dc.Context.SendActivityAsync(Activity.CreateMessage(ConversationText.Help), cancellationToken);
                return null;
            case ConversationCommand.Stop:
                await dc.Context.SendActivityAsync(Activity.CreateMessage(ConversationText.Stopped), cancellationToken);
                return null;
            case ConversationCommand.Menu:
                await dc.BeginDialogAsync(SafeguardingDialog.DialogId, new FlowStart(FlowIds.Menu), cancellationToken);
                return null;
            case ConversationCommand.Danger:
                await dc.BeginDialogAsync(SafeguardingDialog.DialogId, new FlowStart(FlowIds.Emergency), cancellationToken);
                return null;
        }

        var routed = _router(understood);
        var start = routed is { IsConfident: true, FlowId: { } flowId } ? new FlowStart(flowId) : new FlowStart(FlowIds.Menu, ConversationText.Unsure);
        await dc.BeginDialogAsync(SafeguardingDialog.DialogId, start, cancellationToken);
        return routed.IsConfident ? routed.FlowId : null;
    }

    private async Task RunTurnAsync(
        ITurnContext turnContext, Func<DialogContext, Task> handle, AlertResult alert, Func<string?> intent, CancellationToken cancellationToken)
    {
        var buffer = new ReplyBuffer(turnContext);
        for (var attempt = 1; ; attempt++)
        {
            buffer.Hold();
            try
            {
                var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
                await handle(dc);
                await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
                await buffer.FlushAsync(turnContext, cancellationToken);
                break;
            }
            catch (StorageConcurrencyException) when (attempt < MaxAttempts)
            {
                // Another turn of this conversation saved first: run this one again on its result.
                buffer.Discard();
                await _conversationState.LoadAsync(turnContext, true, cancellationToken);
            }
            finally
            {
                buffer.Discard();
            }
        }

        var session = await _session.GetAsync(turnContext, () => new SafeguardingSession(), cancellationToken);
        await SendTraceAsync(turnContext, intent(), session.ActiveFlow, alert, cancellationToken);
    }

    private static async Task SendTraceAsync(ITurnContext turnContext, string? intent, string? flow, AlertResult alert, CancellationToken cancellationToken)
    {
        var alerts = alert.Matches.Select(m => m.Category).Distinct().ToList();
        await turnContext.SendActivityAsync(new Activity
        {
            Type = ActivityTypes.Trace,
            Name = TurnTrace.Name,
            Label = TurnTrace.Label,
            ValueType = "https://safeschools.bot/schemas/turn",
            Value = JsonSerializer.SerializeToElement(new TurnTrace(intent, flow, alerts, TraceUnderstanding.From(turnContext.GetRecognizerResult()))),
        }, cancellationToken);
    }

    private static string WelcomeFlowFor(Activity activity) =>
        activity.ChannelData is JsonElement { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("audience", out var audience) && audience.ValueKind == JsonValueKind.String && audience.GetString() == "parent"
            ? FlowIds.WorriedParent
            : FlowIds.Welcome;
}
