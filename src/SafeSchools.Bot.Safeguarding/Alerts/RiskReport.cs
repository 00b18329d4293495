using System.Globalization;
using System.Text;

namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>The result of running the detector over a labelled file.</summary>
/// <param name="Categories">Recall per alert category, in priority order.</param>
/// <param name="NoneTotal">Lines labelled <c>none</c>.</param>
/// <param name="FalseAlarms">Of those, lines that raised any category (certain or uncertain).</param>
/// <param name="CertainFalseAlarms">Of those, lines that raised a certain alert.</param>
/// <param name="Misses">Every line the detector got wrong.</param>
public sealed record RiskReport(
    IReadOnlyList<RiskCategoryScore> Categories,
    int NoneTotal,
    int FalseAlarms,
    int CertainFalseAlarms,
    IReadOnlyList<RiskMiss> Misses)
{
    /// <summary>False alarms ÷ <c>none</c> lines, or 0 when there are none.</summary>
    public double FalseAlarmRate => NoneTotal == 0 ? 0 : (double)FalseAlarms / NoneTotal;

    /// <summary>Recall of one category (1 when the file has no such lines).</summary>
    public double RecallOf(string category) => Categories.FirstOrDefault(c => c.Category == category)?.Recall ?? 1;

    /// <summary>A printable report: recall per category, the false-alarm rate and each line got wrong.</summary>
    public string Format()
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("category            recall   (detected/total, certain)");
        foreach (var score in Categories)
        {
            text.AppendLine(culture, $"{score.Category,-19} {score.Recall,7:P1}  ({score.Detected}/{score.Total}, {score.DetectedCertain} certain)");
        }

        text.AppendLine(culture, $"{"false alarms",-19} {FalseAlarmRate,7:P1}  ({FalseAlarms}/{NoneTotal} none lines, {CertainFalseAlarms} certain)");
        foreach (var miss in Misses)
        {
            text.AppendLine(culture, $"  line {miss.Line}: expected {miss.Expected}, found {miss.Found}: {miss.Utterance}");
        }

        return text.ToString();
    }

    /// <inheritdoc cref="Format"/>
    public override string ToString() => Format();
}
