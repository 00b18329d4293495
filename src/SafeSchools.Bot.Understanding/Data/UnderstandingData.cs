using SafeSchools.Bot.Understanding.Training;

namespace SafeSchools.Bot.Understanding.Data;

/// <summary>
/// The labelled examples officers keep in <c>dialogs/understanding/</c>: <c>risk.lu</c> (multi-label risks and hard
/// negatives) and every other <c>*.lu</c> file (intents: topics, questions, dialog acts, and <c>none</c>).
/// </summary>
public sealed class UnderstandingData
{
    /// <summary>The file holding risk examples.</summary>
    public const string RiskFile = "risk.lu";

    private UnderstandingData(IReadOnlyList<LabelledExample> risks, IReadOnlyList<LabelledExample> intents)
    {
        Risks = risks;
        Intents = intents;
        IntentLabels = [.. intents.Select(e => e.Label).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>Examples from <c>risk.lu</c>.</summary>
    public IReadOnlyList<LabelledExample> Risks { get; }

    /// <summary>Examples from the intent files.</summary>
    public IReadOnlyList<LabelledExample> Intents { get; }

    /// <summary>Every intent label, in order.</summary>
    public IReadOnlyList<string> IntentLabels { get; }

    /// <summary>Loads and checks every <c>*.lu</c> file in <paramref name="folder"/>.</summary>
    /// <exception cref="TrainingDataException">With every problem found, as "file line N: reason".</exception>
    public static UnderstandingData Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new TrainingDataException($"{folder}: the training data folder does not exist");
        }

        var problems = new List<string>();
        var risks = new List<LabelledExample>();
        var intents = new List<LabelledExample>();
        foreach (var path in Directory.GetFiles(folder, "*.lu").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var examples = LuParser.Parse(File.ReadAllText(path), "dialogs/understanding/" + name, problems);
            (name == RiskFile ? risks : intents).AddRange(examples);
        }

        Check(risks, intents, problems);
        return problems.Count > 0 ? throw new TrainingDataException(problems) : new UnderstandingData(risks, intents);
    }

    /// <summary>Every distinct message with its targets, ready to train on.</summary>
    public TrainingSet ToTrainingSet()
    {
        var riskByText = Risks.GroupBy(e => TrainingKey.Of(e.Text))
            .ToDictionary(g => g.Key, g => (Text: g.First().Text, Labels: g.Select(e => e.Label).ToHashSet()));
        var items = new List<TrainingItem>();
        var usedRisk = new HashSet<string>();
        foreach (var example in Intents)
        {
            var key = TrainingKey.Of(example.Text);
            var risks = riskByText.TryGetValue(key, out var labelled)
                ? RiskTargets(labelled.Labels)
                : [.. RiskLabels.All.Select(r => RiskLabels.TeachesAsNegative(example.Label, r) ? RiskTarget.Negative : RiskTarget.Skip)];
            usedRisk.Add(key);
            items.Add(new TrainingItem(example.Text, LabelIndex.Of(IntentLabels, example.Label), risks));
        }

        foreach (var (key, labelled) in riskByText.Where(r => !usedRisk.Contains(r.Key)))
        {
            items.Add(new TrainingItem(labelled.Text, -1, RiskTargets(labelled.Labels)));
        }

        return new TrainingSet(RiskLabels.All, IntentLabels, items);
    }

    private static RiskTarget[] RiskTargets(HashSet<string> labels) =>
        [.. RiskLabels.All.Select(r => labels.Contains(r) ? RiskTarget.Positive : RiskTarget.Negative)];

    private static void Check(List<LabelledExample> risks, List<LabelledExample> intents, List<string> problems)
    {
        foreach (var example in risks.Concat(intents).Where(e => TrainingKey.Of(e.Text).Length == 0))
        {
            problems.Add($"{example.File} line {example.Line}: '{example.Text}' has no words or symbols the recognizer can read");
        }

        foreach (var example in risks.Where(e => e.Label != RiskLabels.None && !RiskLabels.All.Contains(e.Label)))
        {
            problems.Add($"{example.File} line {example.Line}: '{example.Label}' is not a risk (one of {string.Join(", ", RiskLabels.All)}, none)");
        }

        foreach (var group in risks.GroupBy(e => TrainingKey.Of(e.Text)).Where(g => g.Any(e => e.Label == RiskLabels.None) && g.Any(e => e.Label != RiskLabels.None)))
        {
            var example = group.First(e => e.Label == RiskLabels.None);
            problems.Add($"{example.File} line {example.Line}: '{example.Text}' is under 'none' and also under a risk");
        }

        foreach (var group in intents.GroupBy(e => TrainingKey.Of(e.Text)).Where(g => g.Select(e => e.Label).Distinct().Count() > 1))
        {
            var example = group.Skip(1).First();
            problems.Add($"{example.File} line {example.Line}: '{example.Text}' is also an example of '{group.First().Label}' ({group.First().File} line {group.First().Line})");
        }
    }
}
