using System.Text.Json;
using System.Text.Json.Nodes;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs;

/// <summary>The context of one waterfall step: the dialog context plus the step's index, options, values and result.</summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, int index, DialogReason reason, object? result, JsonNode? options, JsonObject values)
        : base(dc.Dialogs, dc.Context, dc.State, dc.Parent)
    {
        _waterfall = waterfall;
        Index = index;
        Reason = reason;
        Result = result;
        Options = options;
        Values = values;
    }

    /// <summary>The zero-based index of the step.</summary>
    public int Index { get; }

    /// <summary>Why the step runs.</summary>
    public DialogReason Reason { get; }

    /// <summary>The result of the previous step or prompt (a <see cref="FoundChoice"/>, bool, number or text).</summary>
    public object? Result { get; }

    /// <summary>The options the waterfall was begun with, as JSON (they survive between turns).</summary>
    public JsonNode? Options { get; }

    /// <summary>
    /// Values kept across the waterfall's steps and turns. Stored in conversation state: keep them minimal and do not
    /// store free-text answers unless the flow needs them.
    /// </summary>
    public JsonObject Values { get; }

    /// <summary>The options as <typeparamref name="T"/>, or default.</summary>
    public T? GetOptions<T>() => Options is null ? default : Options.Deserialize<T>(BotJson.Options);

    /// <summary>Skips to the next step, passing <paramref name="result"/> to it.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
