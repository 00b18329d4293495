using SafeSchools.Bot.Understanding;
using SafeSchools.Bot.Understanding.Features;

namespace SafeSchools.Bot.Safeguarding.Tests.Conversations;

/// <summary>
/// A stand-in for the trained model in conversation tests: each message the test names gets the intent the test
/// gives it (score 0.9); every other message gets none. Entities (an age) are found as the real recognizer finds them.
/// A value "possible:RISK" gives the message that risk at the possible level instead (as the model would); a value
/// "a@0.4,b@0.19" gives it those intents with those scores; "will-do|possible:RISK" gives it both.
/// The dialog logic is tested, not the model.
/// </summary>
internal sealed class ScriptedIntents(IReadOnlyDictionary<string, string> intents) : Recognizer
{
    private const string PossiblePrefix = "possible:";

    public override RecognizerResult Recognize(string? text)
    {
        var parts = text is not null && intents.TryGetValue(text, out var value) ? value.Split('|') : [];
        var risk = parts.FirstOrDefault(p => p.StartsWith(PossiblePrefix, StringComparison.Ordinal))?[PossiblePrefix.Length..];
        var scripted = parts.FirstOrDefault(p => !p.StartsWith(PossiblePrefix, StringComparison.Ordinal));
        return new()
        {
            Text = text ?? string.Empty,
            AlteredText = TextFeaturizer.Normalize(text),
            Intents = scripted is not null ? Scores(scripted) : new Dictionary<string, IntentScore>(),
            Risks = risk is null ? [] : [new RiskScore(risk, 0.5, RiskLevel.Possible, RecognitionSource.Model)],
            Entities = EntityRecognizer.Find(TextFeaturizer.Normalize(text)),
        };
    }

    private static Dictionary<string, IntentScore> Scores(string scripted) =>
        scripted.Split(',').Select(part => part.Split('@')).ToDictionary(
            part => part[0],
            part => new IntentScore(part.Length > 1 ? double.Parse(part[1], System.Globalization.CultureInfo.InvariantCulture) : 0.9, RecognitionSource.Model));
}
