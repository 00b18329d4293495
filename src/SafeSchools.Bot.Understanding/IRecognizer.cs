using SafeSchools.Bot.Connector;

namespace SafeSchools.Bot.Understanding;

/// <summary>Understands a turn's message (Bot Builder's <c>Recognizer.RecognizeAsync</c>).</summary>
public interface IRecognizer
{
    /// <summary>Recognises the incoming message of <paramref name="turnContext"/>.</summary>
    Task<RecognizerResult> RecognizeAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);

    /// <summary>Recognises <paramref name="text"/> as if it were a message (evaluation, tests).</summary>
    RecognizerResult Recognize(string? text);
}
