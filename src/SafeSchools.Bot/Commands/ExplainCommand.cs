using System.Globalization;
using SafeSchools.Bot.Content;
using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Understanding;
using SafeSchools.Bot.Understanding.Meaning;

namespace SafeSchools.Bot.Commands;

/// <summary>
/// <c>explain "message"</c>: what the bot's recognizer makes of one message — the top intents and the risks, each with
/// its score and the layer that decided — so an officer can see why a line was understood as it was.
/// </summary>
internal static class ExplainCommand
{
    private const int IntentsShown = 5;

    private const int NearestShown = 3;

    public static int Run(IReadOnlyList<string> words, TextWriter output, TextWriter error)
    {
        if (words.Count == 0)
        {
            error.WriteLine("Give the message to explain, e.g. explain \"can you send me a link to childline\".");
            return 2;
        }

        var dialogs = RepositoryFolder.Find("dialogs");
        var options = new UnderstandingOptions();
        var model = UnderstandingFactory.LoadModel(dialogs, options);
        using var meaning = UnderstandingFactory.LoadMeaning(dialogs, options, model);
        var recognizer = UnderstandingFactory.Compose(model, AlertDetector.Load(dialogs), options, meaning);
        var message = string.Join(' ', words);
        var result = recognizer.Recognize(message);
        output.WriteLine($"read as: {result.AlteredText}");
        foreach (var (intent, score) in result.Intents.OrderByDescending(i => i.Value.Score).Take(IntentsShown))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"intent {intent,-32} {score.Score:0.000} ({score.Source})"));
        }

        foreach (var risk in result.Risks)
        {
            var evidence = risk.Evidence is { Count: > 0 } ? $" because of {string.Join(", ", risk.Evidence)}" : string.Empty;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"risk   {risk.Label,-32} {risk.Score:0.000} {risk.Level} ({risk.Source}){evidence}"));
        }

        if (result.Risks.Count == 0)
        {
            output.WriteLine("risk   none");
        }

        WriteNearestExamples(meaning, message, output);
        return 0;
    }

    // The labelled examples nearest in meaning (whether or not the recognizer needed them for this message).
    private static void WriteNearestExamples(SentenceMeaning? meaning, string message, TextWriter output)
    {
        if (meaning?.Score(message) is not { } scores)
        {
            return;
        }

        foreach (var neighbour in scores.Nearest.Take(NearestShown))
        {
            output.WriteLine($"near   {meaning.Memory.Describe(neighbour)}");
        }
    }
}
