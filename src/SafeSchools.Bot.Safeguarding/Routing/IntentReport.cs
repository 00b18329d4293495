using System.Globalization;
using System.Text;

namespace SafeSchools.Bot.Safeguarding.Routing;

/// <summary>The result of running the router over a labelled file.</summary>
/// <param name="Total">Lines evaluated.</param>
/// <param name="Correct">Lines routed to the expected flow (or Unsure when <c>unsure</c> was expected).</param>
/// <param name="Unsure">Lines the router was unsure about.</param>
/// <param name="Misses">Every line got wrong.</param>
public sealed record IntentReport(int Total, int Correct, int Unsure, IReadOnlyList<IntentMiss> Misses)
{
    /// <summary>Correct ÷ total, or 1 for an empty file.</summary>
    public double Accuracy => Total == 0 ? 1 : (double)Correct / Total;

    /// <summary>A printable report: accuracy, how often it was unsure, and each line got wrong.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"accuracy {Accuracy:P1} ({Correct}/{Total}), unsure on {Unsure}");
        foreach (var miss in Misses)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  line {miss.Line}: expected {miss.Expected}, found {miss.Found}: {miss.Utterance}");
        }

        return text.ToString();
    }

    /// <inheritdoc cref="Format"/>
    public override string ToString() => Format();
}
