using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Understanding;

/// <summary>Recognises each message once, before anything else reads it; everything after reads the kept result.</summary>
public sealed class RecognizerMiddleware(IRecognizer recognizer) : IMiddleware
{
    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity.Type == ActivityTypes.Message)
        {
            await turnContext.RecognizeOnceAsync(recognizer, cancellationToken);
        }

        await next(cancellationToken);
    }
}
