using System.Diagnostics;
using System.Globalization;
using SafeSchools.Bot.Content;
using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Understanding;
using SafeSchools.Bot.Understanding.Data;
using SafeSchools.Bot.Understanding.Evaluation;
using SafeSchools.Bot.Understanding.Model;

namespace SafeSchools.Bot.Commands;

/// <summary>
/// <c>eval</c>: stratified cross-validation of the recognizer on dialogs/understanding (rules alone, model alone, both on
/// the same folds), advised thresholds, then each labelled file scored by the bot's own recognizer (rules + model);
/// with <c>--baseline</c>, each risk file also by the <see cref="ReferenceBaseline"/> trained on the alert tests' lines.
/// </summary>
internal static class UnderstandingEvaluationCommand
{
    private static readonly string[] EvaluationFolders = ["HeldOut", "Blind"];

    private const string WithoutCrossValidation = "--no-cv";

    private const string Details = "--details";

    private const string Baseline = "--baseline";

    public static int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var crossValidate = !arguments.Contains(WithoutCrossValidation);
        var details = arguments.Contains(Details);
        var files = arguments.Where(a => a is not (WithoutCrossValidation or Details or Baseline)).ToList();
        var dialogs = RepositoryFolder.Find("dialogs");
        var paths = (files.Count > 0 ? files : DefaultFiles()).Select(RepositoryFolder.ResolveFile).ToList();
        if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
        {
            error.WriteLine($"No file at {missing}.");
            return 2;
        }

        var options = new UnderstandingOptions();
        var rules = AlertDetector.Load(dialogs);
        var ruleLayer = new RecognizerSet([new Safeguarding.Conversations.CommandRecognizer(), new AlertRuleRecognizer(rules)]);
        var evaluation = new UnderstandingEvaluation(UnderstandingFactory.TrainerOptions, options);
        if (crossValidate)
        {
            var set = UnderstandingData.Load(Path.Combine(dialogs, UnderstandingModels.DataFolderName)).ToTrainingSet();
            var memory = options.Meaning.Enabled ? UnderstandingFactory.LoadMemory(dialogs, options, UnderstandingFactory.LoadModel(dialogs, options)) : null;
            var clock = Stopwatch.StartNew();
            var report = evaluation.CrossValidate(set, ruleLayer, memory);
            output.WriteLine(report.Format());
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"({set.Items.Count} distinct lines; {UnderstandingFactory.TrainerOptions}; {clock.Elapsed.TotalSeconds:0} s)"));
            output.WriteLine();
        }

        var model = UnderstandingFactory.LoadModel(dialogs, options);
        using var meaning = UnderstandingFactory.LoadMeaning(dialogs, options, model);
        var recognizer = UnderstandingFactory.Compose(model, rules, options, meaning);
        var modelOnly = new TrainedRecognizer(model, options) { Meaning = meaning };
        var baselineFiles = arguments.Contains(Baseline) ? BaselineTrainingFiles() : [];
        var baselineLines = baselineFiles.SelectMany(ReadLines).ToList();
        var baseline = baselineLines.Count > 0 ? ReferenceBaseline.Train(baselineLines) : null;
        foreach (var path in paths)
        {
            var lines = ReadLines(path);
            var name = Path.GetFileName(path);
            if (name.Contains("risk", StringComparison.OrdinalIgnoreCase))
            {
                output.Write(RiskEvaluationResult.Run($"{name}: rules", ruleLayer, lines).Format());
                output.Write(RiskEvaluationResult.Run($"{name}: model", modelOnly, lines).Format());
                if (baseline is not null && !baselineFiles.Contains(Path.GetFullPath(path), StringComparer.Ordinal))
                {
                    output.Write(RiskEvaluationResult.Run($"{name}: baseline (logistic regression on {baselineLines.Count} alert-test lines)", baseline, lines).Format());
                }

                output.WriteLine(RiskEvaluationResult.Run($"{name}: rules + model", recognizer, lines).Format(details));
            }
            else if (name.Contains("routing", StringComparison.OrdinalIgnoreCase))
            {
                var routes = new Safeguarding.Conversations.TopicRoutes(options.IntentThreshold);
                var routed = lines.Select(l => (Line: l, Flow: routes.Route(recognizer.Recognize(l.Text)).FlowId ?? "unsure")).ToList();
                output.WriteLine(IntentEvaluationResult.FromPairs($"{name}: first-message routing, rules + model", [.. routed.Select(r => (r.Line.Expected, r.Flow))]).Format(confusions: 8, byFamily: false));
                foreach (var (line, flow) in routed.Where(r => details && r.Flow != r.Line.Expected))
                {
                    output.WriteLine($"    {line.Expected} -> {flow}: {line.Text}");
                }
            }
            else
            {
                output.WriteLine(evaluation.IntentFile($"{name}: rules + model", recognizer, lines).Format(confusions: 8));
            }
        }

        return 0;
    }

    // The baseline's training lines: the alert detector's test sets and the shared development set (a copy in HeldOut).
    private static List<string> BaselineTrainingFiles() =>
        [
            .. Directory.GetFiles(RepositoryFolder.Find("tests", "SafeSchools.Bot.Safeguarding.Tests", "Alerts"), "*.tsv").Order(StringComparer.Ordinal).Select(Path.GetFullPath),
            Path.GetFullPath(RepositoryFolder.ResolveFile("tests/SafeSchools.Bot.Understanding.Tests/HeldOut/risk-dev.tsv")),
        ];

    private static IReadOnlyList<LabelledLine> ReadLines(string path)
    {
        using var reader = File.OpenText(path);
        return LabelledLine.ReadTsv(reader);
    }

    // The frozen held-out sets, then the blind batches.
    private static IEnumerable<string> DefaultFiles() =>
        EvaluationFolders
            .Select(folder => RepositoryFolder.Find("tests", "SafeSchools.Bot.Understanding.Tests", folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal));
}
