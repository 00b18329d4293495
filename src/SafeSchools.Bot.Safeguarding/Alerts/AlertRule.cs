using System.Text.RegularExpressions;

namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>One pattern from <c>alerts.yaml</c>, as the officer wrote it, with where it came from.</summary>
/// <param name="Category">The category it raises.</param>
/// <param name="Certainty">Whether a match is certain or needs a clarifying question.</param>
/// <param name="Pattern">The pattern as written (before <c>{terms}</c> are filled in).</param>
/// <param name="Line">The line of <c>alerts.yaml</c> it is on.</param>
public sealed record AlertRule(string Category, AlertCertainty Certainty, string Pattern, int Line)
{
    /// <summary>The expanded pattern, built once at load.</summary>
    internal Regex Matcher { get; init; } = null!;

    /// <summary>The same pattern anchored to start exactly where it is tried (<c>\G</c>), for the word index.</summary>
    internal Regex Anchored { get; init; } = null!;

    /// <summary>The literal starts of the words a match can begin with, or null when that could not be worked out.</summary>
    internal IReadOnlyList<string>? LeadingWords { get; init; }

    /// <summary>When this also matches, the rule does not fire (an everyday use of the same words).</summary>
    internal Regex? Unless { get; init; }

    internal bool Fires(string text) => Matcher.IsMatch(text) && !IsExcused(text);

    internal bool FiresAt(string text, int start) => Anchored.IsMatch(text, start) && !IsExcused(text);

    private bool IsExcused(string text) => Unless is not null && Unless.IsMatch(text);
}
