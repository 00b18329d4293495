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

    /// <summary>When this also matches, the rule does not fire (an everyday use of the same words).</summary>
    internal Regex? Unless { get; init; }

    internal bool Fires(string text) => Matcher.IsMatch(text) && (Unless is null || !Unless.IsMatch(text));
}
