using System.Globalization;

namespace SafeSchools.Bot.Safeguarding.Content.Readability;

/// <summary>One message the bot can send (a flow's turn, an answer, an alert reply or check, a fallback), measured.</summary>
/// <param name="Location">Where it is written: for a turn, its first step.</param>
/// <param name="What">What it is, for an officer, e.g. <c>the turn at step "police-contact"</c>.</param>
/// <param name="Audience">Who it is for.</param>
/// <param name="Measure">Its words, sentences and syllables.</param>
/// <param name="Limits">The limits it is held to.</param>
public sealed record MeasuredMessage(SourceLocation Location, string What, Audience Audience, TextMeasure Measure, ReadabilityLimits Limits)
{
    /// <summary>The grade as shown and compared with the limit: rounded to one decimal place.</summary>
    public double Grade => Math.Round(Measure.Grade, 1, MidpointRounding.AwayFromZero);

    /// <summary>How the audience is written in the content files: young-person, parent or everyone.</summary>
    public string AudienceName => NameOf(Audience);

    /// <summary>The figures over their limits: words first, then grade; none when the message is within both.</summary>
    public IEnumerable<ReadabilityFinding> Findings()
    {
        if (Measure.Words > Limits.MaxWords)
        {
            yield return new ReadabilityFinding(this, ReadabilityFigure.Words);
        }

        if (Grade > Limits.MaxGrade)
        {
            yield return new ReadabilityFinding(this, ReadabilityFigure.Grade);
        }
    }

    /// <summary>How an audience is written in the content files.</summary>
    /// <param name="audience">The audience.</param>
    /// <returns><c>young-person</c>, <c>parent</c> or <c>everyone</c>.</returns>
    public static string NameOf(Audience audience) => audience switch
    {
        Audience.YoungPerson => "young-person",
        Audience.Parent => "parent",
        _ => "everyone",
    };

    /// <summary>A grade as shown: one decimal place, a full stop as the separator.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>e.g. <c>6.2</c>.</returns>
    public static string FormatGrade(double grade) => grade.ToString("0.0", CultureInfo.InvariantCulture);
}
