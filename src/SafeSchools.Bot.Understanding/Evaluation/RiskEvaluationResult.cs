using System.Globalization;
using System.Text;

namespace SafeSchools.Bot.Understanding.Evaluation;

/// <summary>How well risks were found in a set of labelled lines: recall per risk at each level and false alarms.</summary>
/// <param name="Name">What was evaluated (e.g. "blind-1-risk.tsv, model").</param>
/// <param name="PerRisk">Per risk: found at the act-or-ask level (possible or certain), found as certain, and examples.</param>
/// <param name="FalseAlarms">Lines labelled none that raised any risk at the act-or-ask level.</param>
/// <param name="CertainFalseAlarms">Lines labelled none that raised a certain risk.</param>
/// <param name="Negatives">Lines labelled none.</param>
/// <param name="Misses">Risk lines not found, for a developer to read.</param>
/// <param name="FalseAlarmLines">Lines labelled none that raised a risk, with what they raised, for a developer to read.</param>
public sealed record RiskEvaluationResult(
    string Name,
    IReadOnlyList<(string Risk, int Found, int FoundCertain, int Total)> PerRisk,
    int FalseAlarms,
    int CertainFalseAlarms,
    int Negatives,
    IReadOnlyList<LabelledLine> Misses,
    IReadOnlyList<(LabelledLine Line, string Raised)>? FalseAlarmLines = null)
{
    /// <summary>Scores <paramref name="lines"/> (risk labels or none) with <paramref name="recognizer"/>.</summary>
    public static RiskEvaluationResult Run(string name, IRecognizer recognizer, IReadOnlyList<LabelledLine> lines)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(lines);
        var perRisk = new List<(string, int, int, int)>();
        var misses = new List<LabelledLine>();
        var results = lines.Select(line => (Line: line, Result: recognizer.Recognize(line.Text))).ToList();
        foreach (var risk in RiskLabels.All)
        {
            var examples = results.Where(r => r.Line.Expected == risk).ToList();
            var found = examples.Count(r => r.Result.Risks.Count > 0);
            var certain = examples.Count(r => r.Result.Risks.Any(s => s.Level == RiskLevel.Certain));
            misses.AddRange(examples.Where(r => r.Result.Risks.Count == 0).Select(r => r.Line));
            perRisk.Add((risk, found, certain, examples.Count));
        }

        var negatives = results.Where(r => r.Line.Expected == RiskLabels.None).ToList();
        return new RiskEvaluationResult(
            name,
            perRisk,
            negatives.Count(r => r.Result.Risks.Count > 0),
            negatives.Count(r => r.Result.Risks.Any(s => s.Level == RiskLevel.Certain)),
            negatives.Count,
            misses,
            [.. negatives.Where(r => r.Result.Risks.Count > 0).Select(r => (r.Line, string.Join(", ", r.Result.Risks.Select(Describe))))]);
    }

    private static string Describe(RiskScore risk) =>
        string.Create(CultureInfo.InvariantCulture, $"{risk.Label} {risk.Score:0.00} {risk.Level.ToString().ToLowerInvariant()} ({risk.Source.ToString().ToLowerInvariant()})");

    /// <summary>The recall of <paramref name="risk"/> at the act-or-ask level.</summary>
    public double RecallOf(string risk) => PerRisk.First(p => p.Risk == risk) is var p && p.Total > 0 ? p.Found / (double)p.Total : 1;

    /// <summary>The false-alarm rate on lines labelled none.</summary>
    public double FalseAlarmRate => Negatives == 0 ? 0 : FalseAlarms / (double)Negatives;

    /// <summary>A report of a few lines; with <paramref name="details"/>, also every miss and every false alarm.</summary>
    public string Format(bool details = false)
    {
        var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"{Name}");
        foreach (var (risk, found, certain, total) in PerRisk)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {risk,-18} found {found,3}/{total,-3} ({Percent(found, total)}), certain {certain}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  false alarms       {FalseAlarms,3}/{Negatives,-3} ({Percent(FalseAlarms, Negatives)}), certain {CertainFalseAlarms}");
        if (details)
        {
            foreach (var miss in Misses)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    missed {miss.Expected}: {miss.Text}");
            }

            foreach (var (line, raised) in FalseAlarmLines ?? [])
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    raised {raised}: {line.Text}");
            }
        }

        return text.ToString();
    }

    internal static string Percent(int part, int total) =>
        total == 0 ? "-" : (100.0 * part / total).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
