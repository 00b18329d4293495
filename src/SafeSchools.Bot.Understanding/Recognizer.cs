using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Understanding;

/// <summary>
/// A recognizer over the message text, with the bot's @mention removed (Teams channels). A turn's message is read up to
/// <see cref="MaxTextLength"/> characters: what follows is not looked at, so understanding a long message costs no more
/// than understanding one of that length.
/// </summary>
public abstract class Recognizer : IRecognizer
{
    /// <summary>The default of <see cref="MaxTextLength"/>.</summary>
    public const int DefaultMaxTextLength = 4000;

    /// <summary>How many characters of a turn's message are read; the rest is not looked at.</summary>
    public int MaxTextLength { get; init; } = DefaultMaxTextLength;

    /// <inheritdoc />
    public Task<RecognizerResult> RecognizeAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return Task.FromResult(activity.Type == ActivityTypes.Message ? Recognize(Prefix(activity.RemoveRecipientMention(), MaxTextLength)) : RecognizerResult.Empty);
    }

    /// <inheritdoc />
    public abstract RecognizerResult Recognize(string? text);

    /// <summary>The first <paramref name="maxLength"/> characters of <paramref name="text"/>, never ending in half a surrogate pair.</summary>
    public static string? Prefix(string? text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        if (text is null || text.Length <= maxLength)
        {
            return text;
        }

        return text[..(char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength)];
    }
}
