using System.Text.Json.Nodes;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Dialogs.Recognizers;

namespace SafeSchools.Bot.Dialogs;

/// <summary>
/// Asks a yes/no question and returns a bool. Understands what young people type ("yeah", "deffo", "nah", 👍); when no
/// yes or no is found, the answer is matched against the buttons, so "1" or "first" is yes and "2" is no.
/// </summary>
/// <param name="dialogId">The prompt's id.</param>
/// <param name="validator">Checks the answer; without one any recognised yes or no is accepted.</param>
public sealed class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null) : Prompt<bool>(dialogId, validator)
{
    /// <summary>The yes and no buttons, in that order, used when the options carry no choices.</summary>
    public IReadOnlyList<Choice> ConfirmChoices { get; init; } = [new Choice("Yes"), new Choice("No")];

    /// <summary>How the buttons are shown when the options do not say; default <see cref="ListStyle.Auto"/>.</summary>
    public ListStyle Style { get; init; } = ListStyle.Auto;

    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = ChoiceFactory.AppendChoices(PickPrompt(options, isRetry), turnContext.Activity, ChoicesOf(options), options.Style ?? Style);
        return turnContext.SendActivityAsync(activity, cancellationToken);
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var utterance = UtteranceOf(turnContext);
        var culture = RecognizerCulture.Resolve(turnContext.Activity.Locale);
        if (ConfirmRecognizer.Recognize(utterance, culture) is { } confirmed)
        {
            return Task.FromResult(new PromptRecognizerResult<bool>(true, confirmed));
        }

        var found = ChoiceRecognizer.RecognizeChoices(utterance, ChoicesOf(options), culture: culture);
        return Task.FromResult(found.Count > 0 && found[0].Index <= 1
            ? new PromptRecognizerResult<bool>(true, found[0].Index == 0)
            : new PromptRecognizerResult<bool>(false));
    }

    private IReadOnlyList<Choice> ChoicesOf(PromptOptions options) => options.Choices is { Count: >= 2 } choices ? choices : ConfirmChoices;
}
