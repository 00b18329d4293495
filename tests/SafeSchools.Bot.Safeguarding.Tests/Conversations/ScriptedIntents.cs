using SafeSchools.Bot.Understanding;
using SafeSchools.Bot.Understanding.Features;

namespace SafeSchools.Bot.Safeguarding.Tests.Conversations;

/// <summary>
/// A stand-in for the trained model in conversation tests: each message the test names gets the intent the test
/// gives it (score 0.9); every other message gets none. Entities (an age) are found as the real recognizer finds them.
/// The dialog logic is tested, not the model.
/// </summary>
internal sealed class ScriptedIntents(IReadOnlyDictionary<string, string> intents) : Recognizer
{
    public override RecognizerResult Recognize(string? text) => new()
    {
        Text = text ?? string.Empty,
        Intents = text is not null && intents.TryGetValue(text, out var intent)
            ? new Dictionary<string, IntentScore> { [intent] = new(0.9, RecognitionSource.Model) }
            : new Dictionary<string, IntentScore>(),
        Entities = EntityRecognizer.Find(TextFeaturizer.Normalize(text)),
    };
}
