using System.Text.Json.Nodes;

namespace SafeSchools.Bot.Dialogs;

/// <summary>One running dialog on the stack: its id and its own state, kept as JSON so it round-trips exactly.</summary>
public sealed class DialogInstance
{
    /// <summary>The id of the running dialog.</summary>
    public required string Id { get; init; }

    /// <summary>The dialog's own state.</summary>
    public JsonObject State { get; init; } = [];
}
