using System.Text.Json.Nodes;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs;

/// <summary>What a prompt asks, how it asks again, and when it gives up. Kept in dialog state between turns.</summary>
public sealed record PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; init; }

    /// <summary>Sent instead of <see cref="Prompt"/> after an answer was not understood or not valid.</summary>
    public Activity? RetryPrompt { get; init; }

    /// <summary>
    /// Sent when <see cref="MaxAttempts"/> answers in a row were not understood; then the dialog stack is cancelled.
    /// The app supplies it, with its menu and the immediate-danger line ("If you're in danger right now, call 999").
    /// </summary>
    public Activity? GiveUpPrompt { get; init; }

    /// <summary>The choices of a choice or confirm prompt.</summary>
    public IReadOnlyList<Choice>? Choices { get; init; }

    /// <summary>How choices are shown; the prompt's own style when null.</summary>
    public ListStyle? Style { get; init; }

    /// <summary>How many answers may fail before the prompt gives up; at least 1, default 3.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Extra data for validators (e.g. an age range).</summary>
    public JsonNode? Validations { get; init; }
}
