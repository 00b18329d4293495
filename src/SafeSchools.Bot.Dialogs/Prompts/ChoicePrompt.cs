using System.Text.Json.Nodes;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Dialogs.Recognizers;

namespace SafeSchools.Bot.Dialogs;

/// <summary>Offers <see cref="PromptOptions.Choices"/>, rendered for the channel, and returns the <see cref="FoundChoice"/>.</summary>
/// <param name="dialogId">The prompt's id.</param>
/// <param name="validator">Checks the answer; without one any recognised choice is accepted.</param>
public sealed class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(dialogId, validator)
{
    /// <summary>How choices are shown when the options do not say; default <see cref="ListStyle.Auto"/>.</summary>
    public ListStyle Style { get; init; } = ListStyle.Auto;

    /// <summary>Whether "the second one" or "last" picks a choice by position.</summary>
    public bool RecognizeOrdinals { get; init; } = true;

    /// <summary>Whether "2" or "two" picks a choice by position.</summary>
    public bool RecognizeNumbers { get; init; } = true;

    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = ChoiceFactory.AppendChoices(PickPrompt(options, isRetry), turnContext.Activity, options.Choices ?? [], options.Style ?? Style);
        return turnContext.SendActivityAsync(activity, cancellationToken);
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var culture = RecognizerCulture.Resolve(turnContext.Activity.Locale);
        var found = ChoiceRecognizer.RecognizeChoices(UtteranceOf(turnContext), options.Choices ?? [], RecognizeOrdinals, RecognizeNumbers, culture);
        return Task.FromResult(found.Count > 0 ? new PromptRecognizerResult<FoundChoice>(true, found[0]) : new PromptRecognizerResult<FoundChoice>(false));
    }
}
