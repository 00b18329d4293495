using System.Text.Json.Serialization;

namespace SafeSchools.Bot.Dialogs;

/// <summary>The persisted dialog stack; the active dialog is first.</summary>
[JsonConverter(typeof(DialogStateJsonConverter))]
public sealed class DialogState
{
    /// <summary>The running dialogs, innermost (active) first.</summary>
    public List<DialogInstance> DialogStack { get; init; } = [];
}
