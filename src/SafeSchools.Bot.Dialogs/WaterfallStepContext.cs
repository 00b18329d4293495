using System.Text.Json;
using System.Text.Json.Nodes;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs;

/// <summary>The context of one waterfall step: the dialog context plus the step's index, options, values and result.</summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly JsonNode? _options;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, int index, DialogReason reason, object? result, JsonNode? options, JsonObject values)
        : base(dc.Dialogs, dc.Context, dc.State, dc.Parent)
    {
        _waterfall = waterfall;
        Index = index;
        Reason = reason;
        Result = result;
        _options = options;
        Values = values;
    }

    /// <summary>The zero-based index of the step.</summary>
    public int Index { get; }

    /// <summary>Why the step runs.</summary>
    public DialogReason Reason { get; }

    /// <summary>The result of the previous step or prompt (a <see cref="FoundChoice"/>, bool, number or text).</summary>
    public object? Result { get; }

    /// <summary>
    /// The options the waterfall was begun with (they survive between turns), as a JSON copy; <see cref="GetOptions{T}"/>
    /// reads them without one.
    /// </summary>
    public JsonNode? Options => _options is null ? null : JsonSerializer.SerializeToNode(_options, BotJson.Options);

    /// <summary>
    /// Values kept across the waterfall's steps and turns. Stored in conversation state: keep them minimal and do not
    /// store free-text answers unless the flow needs them.
    /// </summary>
    public JsonObject Values { get; }

    /// <summary>
    /// The options as <typeparamref name="T"/>, or default: the object the waterfall was begun with when it is one (this
    /// turn), else read from their JSON.
    /// </summary>
    public T? GetOptions<T>() => _options switch
    {
        null => default,
        JsonValue value when value.TryGetValue<T>(out var typed) => typed,
        var node => node.Deserialize<T>(BotJson.Options),
    };

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
