namespace SafeSchools.Bot.Safeguarding.Content.Readability;

/// <summary>
/// How long and how hard the bot's messages may be (section <c>Readability</c>), checked by the <c>check-content</c>
/// command. Words count per turn: everything a flow sends before it waits for the person. Text for everyone (flows
/// with <c>audience: everyone</c>, alert replies, fallbacks) is held to the young-person limits, because young people read it.
/// </summary>
public sealed class ReadabilityOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Readability";

    /// <summary>The most words in a turn or answer for young people (and for everyone).</summary>
    public int YoungPersonMaxWords { get; set; } = 90;

    /// <summary>The highest Flesch-Kincaid grade for young people (and for everyone): about a reading age of 10.</summary>
    public double YoungPersonMaxGrade { get; set; } = 5;

    /// <summary>The most words in a turn or answer for parents and carers.</summary>
    public int ParentMaxWords { get; set; } = 130;

    /// <summary>The highest Flesch-Kincaid grade for parents and carers.</summary>
    public double ParentMaxGrade { get; set; } = 7;

    /// <summary>The most words in the welcome flow's first turn, the first thing anyone reads.</summary>
    public int WelcomeFirstTurnMaxWords { get; set; } = 60;

    /// <summary>The limits for text written for <paramref name="audience"/>.</summary>
    /// <param name="audience">Who the text is for; <see cref="Audience.Everyone"/> gets the young-person limits.</param>
    /// <returns>The limits.</returns>
    public ReadabilityLimits LimitsFor(Audience audience) => audience == Audience.Parent
        ? new ReadabilityLimits(ParentMaxWords, ParentMaxGrade)
        : new ReadabilityLimits(YoungPersonMaxWords, YoungPersonMaxGrade);

    /// <summary>Settings that can't be limits (a word limit below 1, a grade that isn't a number).</summary>
    /// <returns>One line per problem; empty when the options are usable.</returns>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var (name, value) in new[] { (nameof(YoungPersonMaxWords), YoungPersonMaxWords), (nameof(ParentMaxWords), ParentMaxWords), (nameof(WelcomeFirstTurnMaxWords), WelcomeFirstTurnMaxWords) })
        {
            if (value < 1)
            {
                problems.Add($"{SectionName}:{name} is {value}; a word limit must be 1 or more.");
            }
        }

        foreach (var (name, value) in new[] { (nameof(YoungPersonMaxGrade), YoungPersonMaxGrade), (nameof(ParentMaxGrade), ParentMaxGrade) })
        {
            if (!double.IsFinite(value))
            {
                problems.Add($"{SectionName}:{name} must be a number.");
            }
        }

        return problems;
    }
}
