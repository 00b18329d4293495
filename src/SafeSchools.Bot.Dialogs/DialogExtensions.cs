using SafeSchools.Bot.Connector;

namespace SafeSchools.Bot.Dialogs;

/// <summary>Runs a dialog as the root of a turn.</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues the stack kept in <paramref name="accessor"/>; when nothing is running, begins <paramref name="dialog"/>
    /// with <paramref name="options"/>. The caller saves state afterwards.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(
        this Dialog dialog,
        ITurnContext turnContext,
        IStatePropertyAccessor<DialogState> accessor,
        object? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var dialogSet = new DialogSet(accessor).Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(dialog.Id, options, cancellationToken)
            : result;
    }
}
