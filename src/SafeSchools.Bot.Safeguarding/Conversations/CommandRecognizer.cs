using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// The exact commands that work at any step ("help", "menu", "stop", "I'm in danger now", "forget me") as a rule
/// recognizer: a whole-message match scores 1 with <see cref="RecognitionSource.Rule"/>, so a command never depends on
/// a model and never swallows a sentence that merely contains the word.
/// </summary>
public sealed class CommandRecognizer : Recognizer
{
    /// <inheritdoc />
    public override RecognizerResult Recognize(string? text)
    {
        var intent = IntentOf(ConversationCommands.Recognize(text));
        return new RecognizerResult
        {
            Text = text ?? string.Empty,
            Intents = intent is null ? new Dictionary<string, IntentScore>() : new Dictionary<string, IntentScore> { [intent] = new(1.0, RecognitionSource.Rule) },
        };
    }

    /// <summary>The command a turn's result carries (only from the rule layer), or <see cref="ConversationCommand.None"/>.</summary>
    public static ConversationCommand CommandOf(RecognizerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var (intent, score) in result.Intents)
        {
            if (score.Source == RecognitionSource.Rule && CommandOf(intent) is var command and not ConversationCommand.None)
            {
                return command;
            }
        }

        return ConversationCommand.None;
    }

    private static string? IntentOf(ConversationCommand command) => command switch
    {
        ConversationCommand.Help => IntentNames.Help,
        ConversationCommand.Menu => IntentNames.Menu,
        ConversationCommand.Stop => IntentNames.Stop,
        ConversationCommand.Danger => IntentNames.DangerNow,
        ConversationCommand.ForgetMe => IntentNames.ForgetMe,
        _ => null,
    };

    private static ConversationCommand CommandOf(string intent) => intent switch
    {
        IntentNames.Help => ConversationCommand.Help,
        IntentNames.Menu => ConversationCommand.Menu,
        IntentNames.Stop => ConversationCommand.Stop,
        IntentNames.DangerNow => ConversationCommand.Danger,
        IntentNames.ForgetMe => ConversationCommand.ForgetMe,
        _ => ConversationCommand.None,
    };
}
