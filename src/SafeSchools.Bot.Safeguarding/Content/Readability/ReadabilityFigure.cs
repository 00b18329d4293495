namespace SafeSchools.Bot.Safeguarding.Content.Readability;

/// <summary>Which figure of a message is over its limit.</summary>
public enum ReadabilityFigure
{
    /// <summary>The number of words.</summary>
    Words,

    /// <summary>The Flesch-Kincaid grade.</summary>
    Grade,
}
