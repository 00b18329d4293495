using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Understanding;

/// <summary>A recognizer over the message text, with the bot's @mention removed (Teams channels).</summary>
public abstract class Recognizer : IRecognizer
{
    /// <inheritdoc />
    public Task<RecognizerResult> RecognizeAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return Task.FromResult(activity.Type == ActivityTypes.Message ? Recognize(activity.RemoveRecipientMention()) : RecognizerResult.Empty);
    }

    /// <inheritdoc />
    public abstract RecognizerResult Recognize(string? text);
}
