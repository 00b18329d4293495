using SafeSchools.Bot.Connector;

namespace SafeSchools.Bot.Dialogs;

/// <summary>
/// A dialog made of inner dialogs with their own stack, kept inside this dialog's instance state. Override
/// <see cref="OnContinueDialogAsync"/> to handle interruptions (help, restart, stop) at any inner step: answer and
/// return <see cref="Dialog.EndOfTurn"/> after <see cref="DialogContext.RepromptDialogAsync"/> to resume the same step,
/// or return <see cref="DialogContext.CancelAllDialogsAsync"/> to stop. A cancelled inner stack cancels the outer one.
/// </summary>
public class ComponentDialog : Dialog
{
    /// <summary>The key of the inner stack in the component's instance state.</summary>
    internal const string InnerStateKey = "dialogs";

    private readonly DialogSet _dialogs = new();

    /// <summary>Creates a component.</summary>
    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The inner dialog started when the component begins; defaults to the first one added.</summary>
    public string? InitialDialogId { get; set; }

    /// <summary>Adds an inner dialog.</summary>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    /// <summary>Finds an inner dialog by id.</summary>
    public Dialog? FindDialog(string dialogId) => _dialogs.Find(dialogId);

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var result = await RunInnerAsync(dc, dc.ActiveDialog!, inner => OnBeginDialogAsync(inner, options, cancellationToken));
        return await MapInnerResultAsync(dc, result, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var result = await RunInnerAsync(dc, dc.ActiveDialog!, inner => OnContinueDialogAsync(inner, cancellationToken));
        return await MapInnerResultAsync(dc, result, cancellationToken);
    }

    /// <summary>A dialog this component started on the outer stack ended: ask the inner dialog again and wait.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        RunInnerAsync(turnContext, instance, null, async inner =>
        {
            await inner.RepromptDialogAsync(cancellationToken);
            await OnRepromptDialogAsync(turnContext, instance, cancellationToken);
            return EndOfTurn;
        });

    /// <inheritdoc />
    public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        RunInnerAsync(turnContext, instance, null, async inner =>
        {
            if (reason == DialogReason.CancelCalled)
            {
                await inner.CancelAllDialogsAsync(cancellationToken);
            }

            await OnEndDialogAsync(turnContext, instance, reason, cancellationToken);
            return EndOfTurn;
        });

    /// <summary>Starts the inner stack; by default begins <see cref="InitialDialogId"/>.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    /// <summary>Continues the inner stack; override to handle interruptions before calling the base method.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>Runs after the inner dialog was reprompted.</summary>
    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Runs as the component leaves the stack.</summary>
    protected virtual Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Ends the component, returning <paramref name="result"/> to its parent.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    private async Task<DialogTurnResult> MapInnerResultAsync(DialogContext outerDc, DialogTurnResult inner, CancellationToken cancellationToken) =>
        inner.Status switch
        {
            DialogTurnStatus.Waiting => EndOfTurn,
            DialogTurnStatus.Cancelled => await outerDc.CancelAllDialogsAsync(cancellationToken) with { Status = DialogTurnStatus.Cancelled },
            _ => await EndComponentAsync(outerDc, inner.Result, cancellationToken),
        };

    private Task<DialogTurnResult> RunInnerAsync(DialogContext outerDc, DialogInstance instance, Func<DialogContext, Task<DialogTurnResult>> run) =>
        RunInnerAsync(outerDc.Context, instance, outerDc, run);

    private Task<DialogTurnResult> RunInnerAsync(ITurnContext turnContext, DialogInstance instance, DialogContext? outerDc, Func<DialogContext, Task<DialogTurnResult>> run) =>
        run(new DialogContext(_dialogs, turnContext, InnerStateOf(instance), outerDc));

    // The inner stack lives in this component's instance state as the object it is: run on it in place, and it is
    // written as JSON with the conversation's state.
    private static DialogState InnerStateOf(DialogInstance instance)
    {
        if (TypedStateValue.TryRead<DialogState>(instance.State, InnerStateKey, out var inner))
        {
            return inner;
        }

        inner = new DialogState();
        instance.State[InnerStateKey] = TypedStateValue.Create(inner);
        return inner;
    }
}
