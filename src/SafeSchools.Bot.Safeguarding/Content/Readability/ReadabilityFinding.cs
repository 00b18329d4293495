using System.Globalization;

namespace SafeSchools.Bot.Safeguarding.Content.Readability;

/// <summary>A message over one of its limits.</summary>
/// <param name="Message">The message.</param>
/// <param name="Figure">Which figure is over: words or grade.</param>
public sealed record ReadabilityFinding(MeasuredMessage Message, ReadabilityFigure Figure)
{
    /// <summary>The message's figure, as shown (words, or the grade to one decimal place).</summary>
    public double Value => Figure == ReadabilityFigure.Words ? Message.Measure.Words : Message.Grade;

    /// <summary>The limit it is over.</summary>
    public double Limit => Figure == ReadabilityFigure.Words ? Message.Limits.MaxWords : Message.Limits.MaxGrade;

    /// <summary>
    /// The finding for an officer, e.g. <c>flows/worried-parent.yaml line 102: the turn at step "police-contact" (parent)
    /// is 227 words (limit 130)</c> or <c>... is grade 9.3 (limit 7)</c>.
    /// </summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        var figure = Figure == ReadabilityFigure.Words
            ? string.Create(CultureInfo.InvariantCulture, $"{Message.Measure.Words} words (limit {Message.Limits.MaxWords})")
            : string.Create(CultureInfo.InvariantCulture, $"grade {MeasuredMessage.FormatGrade(Message.Grade)} (limit {Message.Limits.MaxGrade:0.#})");
        return $"{Message.Location}: {Message.What} ({Message.AudienceName}) is {figure}";
    }
}
