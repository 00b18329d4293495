using SafeSchools.Bot.Understanding.Data;

namespace SafeSchools.Bot.Understanding.Tests.Data;

public sealed class LuParserTests
{
    [Fact]
    public void Parse_HeadingsAndExamples_GivesEachExampleItsLabelAndLine()
    {
        var problems = new List<string>();
        var examples = LuParser.Parse("> a comment\n# greeting\n- hi\n\n- hello there\n# thanks\n* ty\n", "acts.lu", problems);

        Assert.Empty(problems);
        Assert.Equal(
            [new LabelledExample("greeting", "hi", "acts.lu", 3), new LabelledExample("greeting", "hello there", "acts.lu", 5), new LabelledExample("thanks", "ty", "acts.lu", 7)],
            examples);
    }

    [Theory]
    [InlineData("- hi\n", "acts.lu line 1: an example before any '# label' heading")]
    [InlineData("# Greeting Words\n- hi\n", "acts.lu line 1: 'Greeting Words' is not a label name")]
    [InlineData("# greeting\n- hi\n- Hi\n", "acts.lu line 3: 'Hi' is already an example of 'greeting'")]
    [InlineData("# greeting\n-   \n", "acts.lu line 2: an empty example")]
    [InlineData("# greeting\nhello\n", "acts.lu line 2: expected '# label', '- example' or '> comment'")]
    public void Parse_Mistake_IsReportedWithFileAndLine(string text, string expected)
    {
        var problems = new List<string>();

        LuParser.Parse(text, "acts.lu", problems);

        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SameMessageUnderTwoIntents_IsRefusedWithBothPlaces()
    {
        var folder = Directory.CreateTempSubdirectory("lu-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "acts.lu"), "# yes\n- ok then\n");
            File.WriteAllText(Path.Combine(folder, "more.lu"), "# thanks\n- OK then!\n");

            var error = Assert.Throws<TrainingDataException>(() => UnderstandingData.Load(folder));

            Assert.Contains("dialogs/understanding/more.lu line 2: 'OK then!' is also an example of 'yes' (dialogs/understanding/acts.lu line 2)", error.Problems);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Load_UnknownRiskOrRiskAlsoUnderNone_IsRefused()
    {
        var folder = Directory.CreateTempSubdirectory("lu-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "risk.lu"), "# self-harm\n- i cut myself\n# none\n- i cut myself\n# danger\n- help\n");

            var error = Assert.Throws<TrainingDataException>(() => UnderstandingData.Load(folder));

            Assert.Contains(error.Problems, p => p.Contains("'i cut myself' is under 'none' and also under a risk", StringComparison.Ordinal));
            Assert.Contains(error.Problems, p => p.Contains("line 6: 'danger' is not a risk", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void TheRepositorysData_HasNoSentenceOfAnyEvaluationSet()
    {
        var data = UnderstandingData.Load(Infrastructure.RepositoryPaths.UnderstandingData);
        var evaluation = EvaluationLines().Select(Plain).ToHashSet(StringComparer.Ordinal);

        // Short everyday phrasings ("are you a real person", "is this private") are bound to be typed in both.
        var copied = data.Risks.Concat(data.Intents)
            .Where(example => Plain(example.Text) is var plain && plain.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= LongEnoughToBeCopied && evaluation.Contains(plain))
            .Select(example => $"{example.File} line {example.Line}: {example.Text}").ToList();

        Assert.True(evaluation.Count > 3000, $"only {evaluation.Count} evaluation lines were found");
        Assert.Empty(copied);
    }

    private const int LongEnoughToBeCopied = 6;

    // Every typed turn of the conversation sets and the first column of every evaluation table under tests/.
    private static IEnumerable<string> EvaluationLines()
    {
        var tests = Path.Combine(Infrastructure.RepositoryPaths.Root, "tests");
        foreach (var file in Directory.EnumerateFiles(tests, "*.jsonl", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                using var conversation = System.Text.Json.JsonDocument.Parse(line);
                foreach (var turn in conversation.RootElement.GetProperty("turns").EnumerateArray())
                {
                    if (turn.TryGetProperty("say", out var say) && say.GetString() is { } text)
                    {
                        yield return text;
                    }
                }
            }
        }

        foreach (var file in Directory.EnumerateFiles(tests, "*.tsv", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                yield return line.Split('\t')[0];
            }
        }
    }

    private static string Plain(string text) =>
        string.Concat(text.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c == ' ')).Trim();

    [Fact]
    public void Load_TheRepositorysData_HasNoProblemsAndThousandsOfLines()
    {
        var data = UnderstandingData.Load(Infrastructure.RepositoryPaths.UnderstandingData);

        Assert.True(data.Risks.Count + data.Intents.Count > 5000);
        Assert.Contains("question-real-person", data.IntentLabels);
        Assert.Contains("parent-grooming", data.IntentLabels);
    }
}
