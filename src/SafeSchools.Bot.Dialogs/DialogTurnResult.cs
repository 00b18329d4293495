namespace SafeSchools.Bot.Dialogs;

/// <summary>The outcome of running the dialog stack for a turn.</summary>
/// <param name="Status">What the stack is doing.</param>
/// <param name="Result">The value the last dialog ended with, if any.</param>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
