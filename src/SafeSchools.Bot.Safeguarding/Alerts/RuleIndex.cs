namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>
/// For each rule, the words its matches can begin with, indexed by first letter, so a message's words pick out
/// the few rules worth trying and where. Built once at load; read-only afterwards.
/// </summary>
internal sealed class RuleIndex
{
    private readonly Dictionary<char, List<(string Prefix, AlertRule Rule)>> _byFirstChar = [];
    private readonly List<AlertRule> _always = [];

    public RuleIndex(IEnumerable<AlertRule> rules)
    {
        foreach (var rule in rules)
        {
            if (rule.LeadingWords is null)
            {
                _always.Add(rule);
                continue;
            }

            foreach (var prefix in rule.LeadingWords.Distinct(StringComparer.Ordinal))
            {
                if (!_byFirstChar.TryGetValue(prefix[0], out var list))
                {
                    _byFirstChar[prefix[0]] = list = [];
                }

                list.Add((prefix, rule));
            }
        }
    }

    /// <summary>Rules that have to be tried everywhere, because their start could not be worked out.</summary>
    public IReadOnlyList<AlertRule> Always => _always;

    /// <summary>Adds to <paramref name="candidates"/> each rule whose match could begin at the word starting at <paramref name="start"/>.</summary>
    public void Collect(string text, int start, int length, List<(AlertRule Rule, int Start)> candidates)
    {
        if (!_byFirstChar.TryGetValue(text[start], out var entries))
        {
            return;
        }

        var word = text.AsSpan(start, length);
        foreach (var (prefix, rule) in entries)
        {
            var matches = prefix[^1] == ' '
                ? word.Length == prefix.Length - 1 && word.StartsWith(prefix.AsSpan(0, word.Length), StringComparison.Ordinal)
                : word.StartsWith(prefix, StringComparison.Ordinal);
            if (matches)
            {
                candidates.Add((rule, start));
            }
        }
    }
}
