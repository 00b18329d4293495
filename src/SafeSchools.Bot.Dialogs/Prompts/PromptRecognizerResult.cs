namespace SafeSchools.Bot.Dialogs;

/// <summary>What a prompt made of the user's answer.</summary>
/// <typeparam name="T">The answer type.</typeparam>
/// <param name="Succeeded">Whether an answer was recognised.</param>
/// <param name="Value">The answer, when recognised.</param>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default);
