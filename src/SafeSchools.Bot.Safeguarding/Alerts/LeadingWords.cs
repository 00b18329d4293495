namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>
/// Works out how a pattern's match must begin: the literal start of its first word for each way it can start
/// (<c>(?:kill|end) myself</c> → <c>kill</c>, <c>end</c>). The detector only tries a rule at words that begin so,
/// instead of at every letter of every message. Null means "could begin with anything": such a rule is always tried.
/// A word that must be the whole first word is returned with a trailing space (<c>"s "</c> matches only "s").
/// </summary>
internal static class LeadingWords
{
    private const string Special = "()[]{}|?*+\\.^$";

    public static IReadOnlyList<string>? Of(string pattern) => OfAlternatives(pattern, wordEndsAfter: true);

    private static List<string>? OfAlternatives(string pattern, bool wordEndsAfter)
    {
        var words = new List<string>();
        foreach (var alternative in SplitTopLevel(pattern))
        {
            var first = OfSequence(alternative, wordEndsAfter);
            if (first is null)
            {
                return null;
            }

            words.AddRange(first);
        }

        return words.Count == 0 ? null : words;
    }

    private static List<string>? OfSequence(string sequence, bool wordEndsAfter)
    {
        if (sequence.Length == 0)
        {
            return null;
        }

        if (sequence[0] == '(')
        {
            return OfGroup(sequence, wordEndsAfter);
        }

        if (sequence.StartsWith("\\d", StringComparison.Ordinal))
        {
            return [.. "0123456789".Select(d => d.ToString())];
        }

        if (sequence.Length > 1 && sequence[0] == '\\' && !char.IsLetterOrDigit(sequence[1]))
        {
            return [sequence[1].ToString()];
        }

        if (Special.Contains(sequence[0], StringComparison.Ordinal) || sequence[0] == ' ')
        {
            return null;
        }

        var end = 0;
        while (end < sequence.Length && sequence[end] != ' ' && !Special.Contains(sequence[end], StringComparison.Ordinal))
        {
            end++;
        }

        // "pics?" may match "pic": a letter followed by ?, * or {0,...} is optional, so the word starts before it.
        if (end < sequence.Length && IsOptional(sequence, end))
        {
            return end <= 1 ? null : [sequence[..(end - 1)]];
        }

        var wholeWord = end < sequence.Length
            ? sequence[end] == ' ' && !IsOptional(sequence, end + 1)
            : wordEndsAfter;
        return [wholeWord ? sequence[..end] + " " : sequence[..end]];
    }

    private static List<string>? OfGroup(string sequence, bool wordEndsAfter)
    {
        var close = MatchingClose(sequence, 0);
        if (close < 0 || !sequence.AsSpan(1).StartsWith("?:"))
        {
            return null;
        }

        var after = close + 1;
        if (IsOptional(sequence, after))
        {
            // An optional group at the start: the match begins either inside it or with what follows it.
            var rest = sequence[(sequence[after] == '{' ? sequence.IndexOf('}', after) + 1 : after + 1)..];
            var inside = OfAlternatives(sequence[3..close], wordEndsAfter: false);
            var following = OfSequence(rest, wordEndsAfter);
            return inside is null || following is null ? null : [.. inside, .. following];
        }

        var endsWord = after < sequence.Length ? sequence[after] == ' ' && !IsOptional(sequence, after + 1) : wordEndsAfter;
        return OfAlternatives(sequence[3..close], endsWord);
    }

    private static bool IsOptional(string sequence, int index) =>
        index < sequence.Length && (sequence[index] is '?' or '*' || sequence.AsSpan(index).StartsWith("{0"));

    private static List<string> SplitTopLevel(string pattern)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = SkipClass(pattern, i);
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    parts.Add(pattern[start..i]);
                    start = i + 1;
                    break;
            }
        }

        parts.Add(pattern[start..]);
        return parts;
    }

    private static int MatchingClose(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = SkipClass(pattern, i);
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return -1;
    }

    private static int SkipClass(string pattern, int open)
    {
        for (var i = open + 1; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == ']')
            {
                return i;
            }
        }

        return pattern.Length;
    }
}
