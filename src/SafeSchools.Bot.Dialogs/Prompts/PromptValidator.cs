namespace SafeSchools.Bot.Dialogs;

/// <summary>Decides whether a recognised answer is acceptable.</summary>
/// <typeparam name="T">The answer type.</typeparam>
/// <param name="promptContext">The answer and the prompt's options.</param>
/// <param name="cancellationToken">Cancels the turn.</param>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
