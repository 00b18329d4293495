using System.Text.Json.Nodes;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Dialogs.Recognizers;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// The choice prompt of the flows. Besides the SDK's matching (whole label, ordered words, "the second one", "2") it
/// accepts an answer that shares a distinctive word with exactly one choice, so "parent" picks
/// "I'm a parent or carer" and "online" picks "Online".
/// </summary>
internal sealed class FlowChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null)
    : Prompt<FoundChoice>(dialogId, validator)
{
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "i", "im", "a", "an", "the", "me", "my", "to", "for", "of", "or", "and", "is", "it", "in", "on", "at", "be", "being",
        "someone", "something", "about", "this", "that", "what", "you", "your", "do", "want", "now", "all", "with", "has", "have",
    };

    protected override Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var activity = ChoiceFactory.AppendChoices(PickPrompt(options, isRetry), turnContext.Activity, options.Choices ?? [], options.Style ?? ListStyle.Auto);
        return turnContext.SendActivityAsync(activity, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var choices = options.Choices ?? [];
        var utterance = UtteranceOf(turnContext);
        var found = ChoiceRecognizer.RecognizeChoices(utterance, choices, culture: RecognizerCulture.Resolve(turnContext.Activity.Locale));
        var match = found.Count > 0 ? found[0] : MatchByDistinctiveWord(utterance, choices);
        return Task.FromResult(match is null ? new PromptRecognizerResult<FoundChoice>(false) : new PromptRecognizerResult<FoundChoice>(true, match));
    }

    private static FoundChoice? MatchByDistinctiveWord(string? utterance, IReadOnlyList<Choice> choices)
    {
        var words = TextNormalizer.Tokenize(TextNormalizer.Normalize(utterance)).Where(w => !CommonWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return null;
        }

        var matches = choices
            .Select((choice, index) => (choice, index, shared: TextNormalizer.Tokenize(TextNormalizer.Normalize(choice.Value)).Count(words.Contains)))
            .Where(m => m.shared > 0)
            .OrderByDescending(m => m.shared)
            .ToList();
        return matches.Count == 1 || (matches.Count > 1 && matches[0].shared > matches[1].shared)
            ? new FoundChoice(matches[0].choice.Value, matches[0].index, 0.5)
            : null;
    }
}
