using System.Numerics;
using System.Text.Json.Nodes;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Dialogs.Recognizers;

namespace SafeSchools.Bot.Dialogs;

/// <summary>Asks for a number, written as digits or words ("14", "I'm 14", "fourteen"); the first number found is the answer.</summary>
/// <typeparam name="T">The number type; a value it cannot hold exactly (1.5 for an int) is not recognised.</typeparam>
/// <param name="dialogId">The prompt's id.</param>
/// <param name="validator">Checks the answer, e.g. a range.</param>
public sealed class NumberPrompt<T>(string dialogId, PromptValidator<T>? validator = null) : Prompt<T>(dialogId, validator)
    where T : struct, INumber<T>
{
    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(PickPrompt(options, isRetry), cancellationToken);
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var culture = RecognizerCulture.Resolve(turnContext.Activity.Locale);
        var numbers = NumberRecognizer.Recognize(UtteranceOf(turnContext), culture);
        return Task.FromResult(numbers.Count > 0 && TryConvert(numbers[0].Value, out var value)
            ? new PromptRecognizerResult<T>(true, value)
            : new PromptRecognizerResult<T>(false));
    }

    private static bool TryConvert(decimal number, out T value)
    {
        try
        {
            value = T.CreateChecked(number);
            return decimal.CreateChecked(value) == number;
        }
        catch (OverflowException)
        {
            value = default;
            return false;
        }
    }
}
