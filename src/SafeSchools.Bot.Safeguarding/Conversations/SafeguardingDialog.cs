using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Safeguarding.Content;
using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// The root dialog: runs one flow at a time and moves between flows when a flow hands over. Help, menu, restart,
/// stop and "I'm in danger now" work at every step (the Bot Builder "CancelAndHelpDialog" pattern); help answers
/// and then asks the same question again.
/// </summary>
public sealed class SafeguardingDialog : ComponentDialog
{
    /// <summary>The root dialog's id.</summary>
    public const string DialogId = "safeschools";

    private const string RunnerId = "flow-runner";

    private readonly IStatePropertyAccessor<SafeguardingSession> _session;

    /// <summary>Compiles every flow in <paramref name="content"/> into dialogs. Done once, at start-up.</summary>
    public SafeguardingDialog(SafeguardingContent content, IStatePropertyAccessor<SafeguardingSession> session)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(content);
        _session = session ?? throw new ArgumentNullException(nameof(session));
        Content = content;
        AddDialog(new WaterfallDialog(RunnerId, [StartFlowAsync, AfterFlowAsync]));
        foreach (var flow in content.Flows)
        {
            AddDialog(new FlowDialog(flow, content, session));
        }

        InitialDialogId = RunnerId;
    }

    /// <summary>The content the flows were compiled from.</summary>
    public SafeguardingContent Content { get; }

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (innerDc.Context.Activity.Type != ActivityTypes.Message)
        {
            return Dialog.EndOfTurn;
        }

        switch (CommandRecognizer.CommandOf(innerDc.Context.GetRecognizerResult()))
        {
            case ConversationCommand.Help:
                await innerDc.Context.SendActivityAsync(Activity.CreateMessage(ConversationText.Help), cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return Dialog.EndOfTurn;
            case ConversationCommand.Menu:
                return await RestartAsync(innerDc, new FlowStart(FlowIds.Menu), cancellationToken);
            case ConversationCommand.Danger:
                return await RestartAsync(innerDc, new FlowStart(FlowIds.Emergency), cancellationToken);
            case ConversationCommand.Stop:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await _session.SetAsync(innerDc.Context, new SafeguardingSession(), cancellationToken);
                await innerDc.Context.SendActivityAsync(Activity.CreateMessage(ConversationText.Stopped), cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Complete);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    /// <summary>The question waiting for an answer in the active flow, or null.</summary>
    public Step? PendingQuestion(SafeguardingSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session is { ActiveFlow: { } flowId, PendingStep: { } stepId }
            ? Content.FindFlow(flowId)?.FindStep(stepId)
            : null;
    }

    private static async Task<DialogTurnResult> RestartAsync(DialogContext innerDc, FlowStart start, CancellationToken cancellationToken)
    {
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        return await innerDc.BeginDialogAsync(RunnerId, start, cancellationToken);
    }

    private async Task<DialogTurnResult> StartFlowAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var start = stepContext.GetOptions<FlowStart>() ?? new FlowStart(FlowIds.Menu);
        var flowId = Content.FindFlow(start.FlowId) is null ? FlowIds.Menu : start.FlowId;
        var session = await _session.GetAsync(stepContext.Context, () => new SafeguardingSession(), cancellationToken);
        await _session.SetAsync(stepContext.Context, session with { ActiveFlow = flowId, PendingStep = null, Parent = session.Parent || flowId == FlowIds.WorriedParent }, cancellationToken);
        if (start.Lead is { } lead)
        {
            await stepContext.Context.SendActivityAsync(Activity.CreateMessage(lead), cancellationToken);
        }

        return await stepContext.BeginDialogAsync(flowId, start.StepId, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterFlowAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is FlowResult { NextFlowId: { } next } result)
        {
            return await stepContext.ReplaceDialogAsync(RunnerId, new FlowStart(next, result.Lead), cancellationToken);
        }

        var session = await _session.GetAsync(stepContext.Context, () => new SafeguardingSession(), cancellationToken);
        await _session.SetAsync(stepContext.Context, session with { ActiveFlow = null, PendingStep = null }, cancellationToken);
        return await stepContext.EndDialogAsync(null, cancellationToken);
    }
}
