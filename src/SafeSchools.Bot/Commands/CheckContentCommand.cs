using System.Globalization;
using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Safeguarding.Content;
using SafeSchools.Bot.Safeguarding.Content.Readability;
using SafeSchools.Bot.Safeguarding.Text;

namespace SafeSchools.Bot.Commands;

/// <summary>
/// <c>check-content [dialogs-folder]</c>: measures every message the bot can send from dialogs/ (each flow turn, each
/// answer, the alert replies and check questions, the fallbacks) for words and Flesch-Kincaid grade, prints one line per
/// message over a limit ("file line N: what is figure (limit L)") and a summary per audience. Exits 0 when everything is
/// within the limits, 1 when something is over (or the content can't be loaded), 2 for bad arguments. The limits are
/// <see cref="ReadabilityOptions"/>, from the <c>Readability</c> section of appsettings.json or environment variables
/// (<c>Readability__ParentMaxWords=150</c>).
/// </summary>
internal static class CheckContentCommand
{
    public const string Usage = "check-content [dialogs-folder]";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ReadabilityOptions options;
        try
        {
            options = ReadOptions();
        }
        catch (InvalidOperationException ex)
        {
            error.WriteLine($"The {ReadabilityOptions.SectionName} settings can't be read: {ex.Message}");
            return 2;
        }

        return Run(args, options, output, error);
    }

    /// <summary>Runs the check with the given limits (tests pass their own).</summary>
    public static int Run(IReadOnlyList<string> args, ReadabilityOptions options, TextWriter output, TextWriter error)
    {
        if (!TryReadArguments(args, options, error, out var dialogsFolder))
        {
            return 2;
        }

        var content = ContentLoader.TryLoad(dialogsFolder);
        var alerts = LoadAlerts(dialogsFolder, out var alertProblems);
        var problems = content.Errors.Select(e => e.ToString()).Concat(alertProblems).ToList();
        if (problems.Count > 0 || alerts is null || !content.IsValid)
        {
            problems.ForEach(error.WriteLine);
            error.WriteLine($"{problems.Count} problem(s) found in {Path.GetFullPath(dialogsFolder)}. Fix them first (see validate): nothing was measured.");
            return 1;
        }

        var report = ContentReadabilityCheck.Run(content.Content!, alerts.Categories, options);
        foreach (var finding in report.Findings)
        {
            output.WriteLine(finding);
        }

        WriteSummary(report, dialogsFolder, output);
        return report.IsWithinLimits ? 0 : 1;
    }

    private static bool TryReadArguments(IReadOnlyList<string> args, ReadabilityOptions options, TextWriter error, out string dialogsFolder)
    {
        var problem = args switch
        {
            { Count: > 1 } => $"check-content takes one folder, not \"{string.Join(' ', args)}\"",
            [var option] when option.StartsWith('-') => $"check-content doesn't understand \"{option}\"",
            [var folder] when !Directory.Exists(RepositoryFolder.ResolveFolder(folder)) => $"there is no folder at {Path.GetFullPath(folder)}",
            _ => null,
        };
        var problems = problem is null ? options.Problems() : [$"{problem}. Use: {Usage}"];
        foreach (var line in problems)
        {
            error.WriteLine(line);
        }

        dialogsFolder = args.Count == 1 ? RepositoryFolder.ResolveFolder(args[0]) : RepositoryFolder.Find("dialogs");
        return problems.Count == 0;
    }

    private static AlertCatalog? LoadAlerts(string dialogsFolder, out IReadOnlyList<string> problems)
    {
        try
        {
            problems = [];
            return AlertCatalog.Load(dialogsFolder);
        }
        catch (CatalogException ex)
        {
            problems = ex.Errors.Count > 0 ? [.. ex.Errors.Select(e => e.ToString())] : [ex.Message];
        }
        catch (FileNotFoundException)
        {
            problems = [$"{AlertCatalog.FileName}: the file is missing; the bot needs it to start."];
        }

        return null;
    }

    private static void WriteSummary(ReadabilityReport report, string dialogsFolder, TextWriter output)
    {
        output.WriteLine(report.IsWithinLimits
            ? $"Checked {report.Messages.Length} messages in {Path.GetFullPath(dialogsFolder)}: all within the limits."
            : $"Checked {report.Messages.Length} messages in {Path.GetFullPath(dialogsFolder)}: {report.MessagesOverLimits} over a limit ({report.Findings.Count} findings above).");
        foreach (var figures in report.ByAudience())
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{MeasuredMessage.NameOf(figures.Audience)}: {figures.Messages} messages; words median {figures.MedianWords:0.#}, p90 {figures.P90Words:0.#} (limit {figures.Limits.MaxWords}); grade median {MeasuredMessage.FormatGrade(figures.MedianGrade)}, p90 {MeasuredMessage.FormatGrade(figures.P90Grade)} (limit {figures.Limits.MaxGrade:0.#})"));
        }
    }

    private static ReadabilityOptions ReadOptions()
    {
        var options = new ReadabilityOptions();
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build()
            .GetSection(ReadabilityOptions.SectionName)
            .Bind(options);
        return options;
    }
}
