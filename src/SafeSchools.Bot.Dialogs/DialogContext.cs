using SafeSchools.Bot.Connector;

namespace SafeSchools.Bot.Dialogs;

/// <summary>Runs a <see cref="DialogSet"/>'s stack for one turn.</summary>
public class DialogContext
{
    /// <summary>Creates a context over <paramref name="state"/>; <paramref name="parent"/> is the enclosing context, if any.</summary>
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent = null)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        State = state ?? throw new ArgumentNullException(nameof(state));
        Parent = parent;
    }

    /// <summary>The dialogs this context can start.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>The enclosing context (of a <see cref="ComponentDialog"/>'s parent), or null at the root.</summary>
    public DialogContext? Parent { get; }

    /// <summary>The running dialogs, active first.</summary>
    public IReadOnlyList<DialogInstance> Stack => State.DialogStack;

    /// <summary>The active dialog's instance, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => State.DialogStack.Count > 0 ? State.DialogStack[0] : null;

    internal DialogState State { get; }

    /// <summary>Finds a dialog here or in a parent context.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes and starts a dialog.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId) ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' can be found.");
        State.DialogStack.Insert(0, new DialogInstance { Id = dialogId });
        return dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Starts a prompt.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Continues the active dialog with the user's reply; <see cref="DialogTurnStatus.Empty"/> when none is running.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        return instance is null
            ? Task.FromResult(new DialogTurnResult(DialogTurnStatus.Empty))
            : FindActive(instance).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes its parent with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken);
        var parent = ActiveDialog;
        return parent is null
            ? new DialogTurnResult(DialogTurnStatus.Complete, result)
            : await FindActive(parent).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
    }

    /// <summary>Ends the active dialog and starts another in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Cancels every dialog on this stack; <see cref="DialogTurnStatus.Empty"/> when there was none.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (State.DialogStack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (State.DialogStack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to prompt the user again.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        return instance is null ? Task.CompletedTask : FindActive(instance).RepromptDialogAsync(Context, instance, cancellationToken);
    }

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return;
        }

        // Remove first, so a dialog that ends itself while cleaning up cannot pop its parent too.
        State.DialogStack.RemoveAt(0);
        await (FindDialog(instance.Id)?.EndDialogAsync(Context, instance, reason, cancellationToken) ?? Task.CompletedTask);
    }

    private Dialog FindActive(DialogInstance instance) =>
        FindDialog(instance.Id) ?? throw new InvalidOperationException($"The active dialog '{instance.Id}' is not in the dialog set.");
}
