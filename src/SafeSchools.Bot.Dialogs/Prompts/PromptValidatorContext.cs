using SafeSchools.Bot.Connector;

namespace SafeSchools.Bot.Dialogs;

/// <summary>What a prompt validator sees.</summary>
/// <typeparam name="T">The answer type.</typeparam>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount)
    {
        Context = context;
        Recognized = recognized;
        Options = options;
        AttemptCount = attemptCount;
    }

    /// <summary>The turn; a validator may reply, in which case the retry prompt is not sent.</summary>
    public ITurnContext Context { get; }

    /// <summary>What the prompt recognised.</summary>
    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>The prompt's options.</summary>
    public PromptOptions Options { get; }

    /// <summary>How many answers this prompt has received, this one included.</summary>
    public int AttemptCount { get; }
}
