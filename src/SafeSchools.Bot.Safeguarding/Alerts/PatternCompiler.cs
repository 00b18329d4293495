using System.Text.RegularExpressions;

namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>
/// Turns officers' patterns into regular expressions once, at load: fills in <c>{terms}</c>, anchors each pattern
/// at word edges, and explains mistakes in plain words.
/// </summary>
internal sealed partial class PatternCompiler(IReadOnlyDictionary<string, string> terms)
{
    /// <summary>
    /// How long one pattern may run on one message before it is stopped. It only guards against runaway
    /// backtracking: a normal match takes well under a millisecond, but on a busy machine a thread can wait
    /// seconds for a core, and a timeout turns into a needless "are you in danger?" question, so it is generous.
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(10);

    // A rule's regex is tried only at the few words its match could begin with (see RuleIndex), so it is
    // interpreted: compiling ~100 large patterns to IL costs seconds at start-up and gains little per attempt.
    private const RegexOptions RuleOptions = RegexOptions.CultureInvariant;

    private readonly Dictionary<string, Regex> _matchers = new(StringComparer.Ordinal);

    /// <summary>Expands terms and checks one pattern; returns null and a reason when it is not usable.</summary>
    public (string? Expanded, string? Problem) Check(string pattern)
    {
        var problem = StyleProblem(pattern);
        if (problem is not null)
        {
            return (null, problem);
        }

        var expanded = Expand(pattern, out var unknown);
        if (unknown is not null)
        {
            return (null, $"the pattern \"{pattern}\" uses {{{unknown}}}, which is not defined under \"terms\"");
        }

        var parseProblem = ParseProblem(expanded) ?? LookaroundProblem(expanded);
        if (parseProblem is not null)
        {
            return (null, $"the pattern \"{pattern}\" is not valid: {parseProblem}");
        }

        var anchored = Matcher(expanded);
        return anchored.IsMatch(string.Empty) || anchored.IsMatch("hello how are you today")
            ? (null, $"the pattern \"{pattern}\" matches almost any message; make it more specific")
            : (expanded, null);
    }

    /// <summary>The regex for one checked pattern, matched anywhere in a message (for "unless" and for tests).</summary>
    public static Regex Single(string expanded) => new(Anchor(expanded), RuleOptions, MatchTimeout);

    /// <summary>
    /// <see cref="Single"/> for a pattern this compiler checked, built once: checking it already built it (building
    /// each rule's regex a second time cost about 12 ms of cold start on two cores).
    /// </summary>
    public Regex Matcher(string expanded)
    {
        if (!_matchers.TryGetValue(expanded, out var matcher))
        {
            _matchers[expanded] = matcher = Single(expanded);
        }

        return matcher;
    }

    /// <summary>The regex for one checked pattern, anchored to start exactly where it is tried.</summary>
    public static Regex Anchored(string expanded) => new($@"\G(?:{expanded})(?![a-z0-9])", RuleOptions, MatchTimeout);

    /// <summary>Checks a term's own pattern (terms may use other terms).</summary>
    public static string? TermProblem(string value) => StyleProblem(value) ?? ParseProblem(value);

    private static string Anchor(string expanded) => $"(?<![a-z0-9])(?:{expanded})(?![a-z0-9])";

    private string Expand(string pattern, out string? unknown)
    {
        string? missing = null;
        var text = pattern;
        for (var depth = 0; depth < 5 && TermReference().IsMatch(text); depth++)
        {
            text = TermReference().Replace(text, match =>
            {
                if (terms.TryGetValue(match.Groups[1].Value, out var value))
                {
                    return $"(?:{value})";
                }

                missing ??= match.Groups[1].Value;
                return string.Empty;
            });
        }

        unknown = missing;
        return text;
    }

    private static string? StyleProblem(string pattern)
    {
        if (pattern.Contains('\'', StringComparison.Ordinal) || pattern.Contains('\u2019', StringComparison.Ordinal))
        {
            return $"the pattern \"{pattern}\" has an apostrophe; messages are matched without them, so write \"dont\", not \"don't\"";
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            if (char.IsUpper(pattern[i]) && (i == 0 || pattern[i - 1] != '\\'))
            {
                return $"the pattern \"{pattern}\" has capital letters; messages are lower-cased before matching, so write it in lower case";
            }
        }

        return null;
    }

    private static string? LookaroundProblem(string expanded) =>
        LookaroundPattern().IsMatch(expanded)
            ? "look-ahead and look-behind such as \"(?!\" are not supported; write the exception as an \"unless\" instead"
            : null;

    private static string? ParseProblem(string expanded)
    {
        try
        {
            _ = new Regex(expanded, RegexOptions.CultureInvariant, MatchTimeout);
            return null;
        }
        catch (RegexParseException exception)
        {
            return exception.Error switch
            {
                RegexParseError.InsufficientClosingParentheses => "missing closing bracket",
                RegexParseError.InsufficientOpeningParentheses => "a closing bracket \")\" has no opening bracket",
                RegexParseError.UnterminatedBracket => "a \"[\" has no closing \"]\"",
                RegexParseError.QuantifierAfterNothing => "a \"*\", \"+\" or \"?\" has nothing before it to repeat",
                RegexParseError.NestedQuantifiersNotParenthesized => "two repeat marks in a row, such as \"**\"",
                RegexParseError.UnescapedEndingBackslash => "it ends with a single \"\\\"",
                RegexParseError.ReversedCharacterRange => "a range such as [z-a] is the wrong way round",
                RegexParseError.ReversedQuantifierRange => "a count such as {5,2} is the wrong way round",
                _ => $"{exception.Error} at character {exception.Offset}",
            };
        }
    }

    [GeneratedRegex(@"\(\?<?[=!]", RegexOptions.CultureInvariant)]
    private static partial Regex LookaroundPattern();

    [GeneratedRegex(@"\{([a-z][a-z0-9-]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex TermReference();
}
