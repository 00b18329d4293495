using SafeSchools.Bot.Connector;

namespace SafeSchools.Bot.Understanding;

/// <summary>Understanding runs once per turn: the first caller recognises the message and keeps the result in turn state.</summary>
public static class TurnRecognition
{
    /// <summary>The turn's result: the one already recognised, or <paramref name="recognizer"/>'s, kept for the rest of the turn.</summary>
    public static async Task<RecognizerResult> RecognizeOnceAsync(this ITurnContext turnContext, IRecognizer recognizer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(recognizer);
        if (turnContext.TurnState.Get<RecognizerResult>() is { } known)
        {
            return known;
        }

        var result = await recognizer.RecognizeAsync(turnContext, cancellationToken);
        turnContext.TurnState.Set(result);
        return result;
    }

    /// <summary>The result recognised earlier in this turn, or <see cref="RecognizerResult.Empty"/>.</summary>
    public static RecognizerResult GetRecognizerResult(this ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<RecognizerResult>() ?? RecognizerResult.Empty;
    }
}
