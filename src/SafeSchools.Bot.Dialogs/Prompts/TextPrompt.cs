using System.Text.Json.Nodes;
using SafeSchools.Bot.Connector;

namespace SafeSchools.Bot.Dialogs;

/// <summary>Asks for free text. The answer is returned to the caller, not stored by the prompt.</summary>
/// <param name="dialogId">The prompt's id.</param>
/// <param name="validator">Checks the answer; without one any non-blank text is accepted.</param>
public sealed class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(PickPrompt(options, isRetry), cancellationToken);
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = UtteranceOf(turnContext);
        return Task.FromResult(string.IsNullOrWhiteSpace(text) ? new PromptRecognizerResult<string>(false) : new PromptRecognizerResult<string>(true, text));
    }
}
