namespace SafeSchools.Bot.Safeguarding.Routing;

/// <summary>
/// A weighted keyword or phrase from <c>intents.yaml</c>. Words are matched on normalised text, in order and next
/// to each other; a word ending in <c>*</c> matches any ending (<c>bull*</c>), and <c>#</c> matches any number.
/// </summary>
/// <param name="Text">The keyword as written, e.g. <c>mean messages</c> or <c>bull*</c>.</param>
/// <param name="Weight">How much it adds to the flow's score.</param>
/// <param name="Line">The line of <c>intents.yaml</c> it is on.</param>
public sealed record IntentFeature(string Text, double Weight, int Line)
{
    /// <summary>The normalised words of the keyword.</summary>
    internal IReadOnlyList<string> Words { get; init; } = [];

    internal bool MatchesAt(IReadOnlyList<string> tokens, int start)
    {
        if (start + Words.Count > tokens.Count)
        {
            return false;
        }

        for (var i = 0; i < Words.Count; i++)
        {
            if (!WordMatches(Words[i], tokens[start + i]))
            {
                return false;
            }
        }

        return true;
    }

    internal bool MatchesAnywhere(IReadOnlyList<string> tokens)
    {
        for (var start = 0; start + Words.Count <= tokens.Count; start++)
        {
            if (MatchesAt(tokens, start))
            {
                return true;
            }
        }

        return false;
    }

    private static bool WordMatches(string word, string token) =>
        word switch
        {
            "#" => token.All(char.IsAsciiDigit),
            _ when word.EndsWith('*') => token.StartsWith(word.AsSpan(0, word.Length - 1), StringComparison.Ordinal),
            _ => string.Equals(word, token, StringComparison.Ordinal),
        };
}
