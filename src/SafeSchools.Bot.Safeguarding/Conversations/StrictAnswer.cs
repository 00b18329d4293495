using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Dialogs.Recognizers;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// Whether a message is plainly an answer to the waiting question: one of its options (or, for a yes/no question,
/// a plain yes or no). Anything looser is left to understanding, so a sentence is never taken for a button.
/// </summary>
internal static class StrictAnswer
{
    /// <summary>The 0-based option the message names, or null.</summary>
    public static int? IndexOf(string? utterance, IReadOnlyList<Choice> choices, bool yesNo, RecognizerCulture culture)
    {
        var found = ChoiceRecognizer.RecognizeChoices(utterance, choices, culture: culture);
        if (found.Count > 0)
        {
            return found[0].Index;
        }

        return yesNo && ConfirmRecognizer.Recognize(utterance, culture) is { } yes ? (yes ? 0 : 1) : null;
    }
}
