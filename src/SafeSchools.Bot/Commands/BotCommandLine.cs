using SafeSchools.Bot.Content;
using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Teams;
using SafeSchools.Bot.Understanding.Model;

namespace SafeSchools.Bot.Commands;

/// <summary>Commands run with <c>dotnet run --project src/SafeSchools.Bot -- &lt;command&gt;</c> instead of the web host.</summary>
internal static class BotCommandLine
{
    private const string UsageText =
        """
        Commands:
          validate [dialogs-folder]            check every file in dialogs/ the way start-up does
          train                                make dialogs/understanding.model the model trained on
                                               dialogs/understanding (training it, or finding it cached in data/models);
                                               commit the file with the data, so every clone starts at once
          check-content [dialogs-folder]       words and reading grade (Flesch-Kincaid) of every message the bot can send:
                                               each flow turn, answer, alert reply and fallback; lists those over the
                                               limits (young people 90 words, grade 5; parents 130, grade 7; the welcome's
                                               first turn 60 words) and a summary; exits 1 if any is over
          diagram [--out <dir>] [dialogs-folder]
                                               writes a Markdown page with a Mermaid flowchart of each flow in
                                               dialogs/flows, and a README.md index, into <dir> (default: docs/flows)
          eval [understanding] [--no-cv] [--details] [files.tsv...]
                                               cross-validates the trained recognizer on dialogs/understanding (rules,
                                               model, both), advises thresholds, then scores each labelled file
                                               (risk files: *risk*.tsv; others: intents) with rules + model;
                                               --no-cv scores the files only; --details lists each
                                               risk missed and each false alarm
          eval conversations [--url <bot>] [--details] [--transcripts <dir>] [files.jsonl...]
                                               plays scripted conversations (default: the project's own sets) against the
                                               bot (started here with an in-memory store unless --url names a running one);
                                               prints fallbacks, expectations met, 999 lines and words per turn; writes
                                               each conversation as an Emulator .transcript into <dir>
          eval risk <file.tsv>                 the alert rules alone on one file: recall per category and false alarms
          eval intents <file.tsv>              the old keyword router alone on one file
          explain <message>                    what the recognizer makes of one message: top intents and risks, with scores
                                               and the layer (rules or model) that decided
          teams-package --app-id <guid> [--website <https url>] [--out <zip>]
        """;

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "teams-package" or "validate" or "check-content" or "diagram" or "eval" or "explain" or "train";

    /// <summary>Runs a command, including those that talk to a bot over HTTP.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) => args switch
    {
        ["eval", "conversations", .. var rest] => ConversationEvaluationCommand.RunAsync(rest, output, error),
        _ => Task.FromResult(Run(args, output, error)),
    };

    public static int Run(string[] args, TextWriter output, TextWriter error) => args switch
    {
        ["teams-package", ..] => TeamsPackage(args, output, error),
        ["validate", ..] => Validate(args.Length > 1 ? args[1] : RepositoryFolder.Find("dialogs"), output, error),
        ["check-content", .. var rest] => CheckContentCommand.Run(rest, output, error),
        ["explain", .. var words] => ExplainCommand.Run(words, output, error),
        ["train"] => Train(output),
        ["diagram", .. var rest] => FlowDiagramCommand.Run(rest, output, error),
        ["eval", "risk", var file] => EvalRisk(RepositoryFolder.ResolveFile(file), output, error),
        ["eval", "intents", var file] => EvalIntents(RepositoryFolder.ResolveFile(file), output, error),
        ["eval", "understanding", .. var files] => UnderstandingEvaluationCommand.Run(files, output, error),
        ["eval", .. var files] => UnderstandingEvaluationCommand.Run(files, output, error),
        _ => Usage(error),
    };

    // Makes the shipped model (dialogs/understanding.model) the one trained on the current data, training it if needed.
    private static int Train(TextWriter output)
    {
        var options = new Understanding.UnderstandingOptions();
        var dialogs = RepositoryFolder.Find("dialogs");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (model, rewritten) = UnderstandingModels.Ship(dialogs, options.ModelCacheFolder, UnderstandingFactory.TrainerOptions);
        var shipped = Path.Combine("dialogs", UnderstandingModels.ShippedFileName);
        output.WriteLine(rewritten
            ? $"Trained the understanding model for this data ({model.DataHash[..16]}) and wrote {shipped} ({watch.Elapsed.TotalSeconds:0} s): commit it with the data."
            : $"{shipped} is the model for this data ({model.DataHash[..16]}); nothing to do.");
        watch.Restart();
        var memoryRewritten = UnderstandingModels.ShipMemory(dialogs, options.ModelCacheFolder, model, Understanding.Meaning.MiniLmSentenceEncoder.ModelName, () => new Understanding.Meaning.MiniLmSentenceEncoder(threads: 2));
        var memory = Path.Combine("dialogs", UnderstandingModels.ShippedMemoryFileName);
        output.WriteLine(memoryRewritten
            ? $"Encoded the examples for this model and wrote {memory} ({watch.Elapsed.TotalSeconds:0} s): commit it with the data."
            : $"{memory} holds this model's examples; nothing to do.");
        return 0;
    }

    private static int Validate(string dialogsFolder, TextWriter output, TextWriter error)
    {
        var problems = ContentValidation.Check(dialogsFolder);
        foreach (var problem in problems)
        {
            error.WriteLine(problem);
        }

        if (problems.Count == 0)
        {
            output.WriteLine($"All content in {Path.GetFullPath(dialogsFolder)} is valid.");
            return 0;
        }

        error.WriteLine($"{problems.Count} problem(s) found. The bot will not start until they are fixed.");
        return 1;
    }

    private static int EvalRisk(string file, TextWriter output, TextWriter error)
    {
        if (!File.Exists(file))
        {
            error.WriteLine($"No file at {file}.");
            return 2;
        }

        using var reader = File.OpenText(file);
        var report = RiskEvaluation.Run(AlertDetector.Load(RepositoryFolder.Find("dialogs")), reader);
        output.WriteLine(report.Format());
        return 0;
    }

    private static int EvalIntents(string file, TextWriter output, TextWriter error)
    {
        if (!File.Exists(file))
        {
            error.WriteLine($"No file at {file}.");
            return 2;
        }

        using var reader = File.OpenText(file);
        output.WriteLine(IntentRoutingFactory.Evaluate(RepositoryFolder.Find("dialogs"), reader));
        return 0;
    }

    private static int TeamsPackage(string[] args, TextWriter output, TextWriter error)
    {
        var appId = Option(args, "--app-id") ?? Environment.GetEnvironmentVariable("Bot__MicrosoftAppId");
        var website = Option(args, "--website") ?? "https://localhost:3978";
        var outputZip = Option(args, "--out") ?? Path.Combine("artifacts", "teams", "SafeSchools.Bot.zip");
        var template = Option(args, "--template") ?? RepositoryFolder.Find("deployment", "teams");
        if (string.IsNullOrEmpty(appId))
        {
            error.WriteLine("Give the Azure Bot's Microsoft App ID: teams-package --app-id <guid> --website https://your-bot-host");
            return 2;
        }

        var problems = TeamsAppPackager.Build(template, appId, website, outputZip);
        foreach (var problem in problems)
        {
            error.WriteLine(problem);
        }

        if (problems.Count == 0)
        {
            output.WriteLine($"Teams app package written to {Path.GetFullPath(outputZip)}");
        }

        return problems.Count == 0 ? 0 : 1;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int Usage(TextWriter error)
    {
        error.WriteLine(UsageText);
        return 2;
    }
}
