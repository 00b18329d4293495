namespace SafeSchools.Bot.Dialogs.Recognizers;

/// <summary>
/// Finds which of a list of choices the user meant, in order: the whole utterance equal to a value, title or synonym
/// (ignoring case and punctuation); the tokens of a value in order inside a longer sentence (gaps of at most
/// <see cref="MaxTokenDistance"/>, longest values first, every token required); and only when neither matched, an
/// ordinal ("the second one", "2nd", "last") or a number ("2", "two") as a 1-based position.
/// </summary>
public static class ChoiceRecognizer
{
    /// <summary>The most utterance tokens allowed between two tokens of a value.</summary>
    public const int MaxTokenDistance = 2;

    /// <summary>The choices found, best first; empty when none.</summary>
    public static IReadOnlyList<FoundChoice> RecognizeChoices(
        string? utterance,
        IReadOnlyList<Choice> choices,
        bool recognizeOrdinals = true,
        bool recognizeNumbers = true,
        RecognizerCulture? culture = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var normalized = TextNormalizer.Normalize(utterance);
        if (normalized.Length == 0 || choices.Count == 0)
        {
            return [];
        }

        var candidates = Candidates(choices);
        var exact = candidates.Find(c => string.Equals(c.Text, normalized, StringComparison.Ordinal));
        if (exact is not null)
        {
            return [new FoundChoice(choices[exact.Index].Value, exact.Index, 1.0, exact.Synonym)];
        }

        var tokens = TextNormalizer.Tokenize(normalized);
        var found = FindInSentence(tokens, candidates, choices);
        if (found.Count > 0)
        {
            return found;
        }

        var position = FindPosition(tokens, choices.Count, recognizeOrdinals, recognizeNumbers, culture ?? RecognizerCulture.EnglishGb);
        return position is { } index ? [new FoundChoice(choices[index].Value, index, 1.0)] : [];
    }

    private static List<Candidate> Candidates(IReadOnlyList<Choice> choices)
    {
        var candidates = new List<Candidate>(choices.Count * 2);
        for (var i = 0; i < choices.Count; i++)
        {
            Add(candidates, i, choices[i].Value);
            if (choices[i].Action?.Title is { } title)
            {
                Add(candidates, i, title);
            }

            foreach (var synonym in choices[i].Synonyms ?? [])
            {
                Add(candidates, i, synonym);
            }
        }

        // Longest first, so "report a crime" claims its tokens before "crime" could.
        candidates.Sort(static (a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        return candidates;
    }

    private static void Add(List<Candidate> candidates, int index, string synonym)
    {
        var text = TextNormalizer.Normalize(synonym);
        if (text.Length > 0)
        {
            candidates.Add(new Candidate(index, synonym, text, TextNormalizer.Tokenize(text)));
        }
    }

    private static List<FoundChoice> FindInSentence(string[] tokens, List<Candidate> candidates, IReadOnlyList<Choice> choices)
    {
        var taken = new bool[tokens.Length];
        var matches = new List<(FoundChoice Choice, int Start)>();
        foreach (var candidate in candidates)
        {
            if (matches.Exists(m => m.Choice.Index == candidate.Index) || !TryMatch(tokens, taken, candidate.Tokens, out var start, out var end))
            {
                continue;
            }

            Array.Fill(taken, true, start, end - start + 1);
            var score = (double)candidate.Tokens.Length / (end - start + 1);
            matches.Add((new FoundChoice(choices[candidate.Index].Value, candidate.Index, score, candidate.Synonym), start));
        }

        matches.Sort(static (a, b) => a.Choice.Score != b.Choice.Score ? b.Choice.Score.CompareTo(a.Choice.Score) : a.Start.CompareTo(b.Start));
        return matches.ConvertAll(m => m.Choice);
    }

    // Finds every token of the value in order, each within MaxTokenDistance of the previous, none already taken.
    private static bool TryMatch(string[] tokens, bool[] taken, string[] value, out int start, out int end)
    {
        for (start = 0; start < tokens.Length; start++)
        {
            if (!taken[start] && tokens[start] == value[0] && TryMatchRest(tokens, taken, value, start, out end))
            {
                return true;
            }
        }

        end = -1;
        return false;
    }

    private static bool TryMatchRest(string[] tokens, bool[] taken, string[] value, int start, out int end)
    {
        end = start;
        for (var k = 1; k < value.Length; k++)
        {
            var next = -1;
            for (var i = end + 1; i < tokens.Length && i <= end + 1 + MaxTokenDistance; i++)
            {
                if (taken[i])
                {
                    break;
                }

                if (tokens[i] == value[k])
                {
                    next = i;
                    break;
                }
            }

            if (next < 0)
            {
                return false;
            }

            end = next;
        }

        return true;
    }

    private static int? FindPosition(string[] tokens, int count, bool ordinals, bool numbers, RecognizerCulture culture)
    {
        if (ordinals)
        {
            foreach (var token in tokens)
            {
                if (OrdinalOf(token, count, culture) is { } position)
                {
                    // An ordinal out of range ("the fifth one" of four) must not fall through to the number "one".
                    return position >= 1 && position <= count ? position - 1 : null;
                }
            }
        }

        if (numbers)
        {
            foreach (var match in NumberRecognizer.Recognize(tokens, culture))
            {
                if (match.Value >= 1 && match.Value <= count && decimal.Truncate(match.Value) == match.Value)
                {
                    return (int)match.Value - 1;
                }
            }
        }

        return null;
    }

    private static int? OrdinalOf(string token, int count, RecognizerCulture culture)
    {
        if (culture.LastWords.Contains(token))
        {
            return count;
        }

        if (culture.Ordinals.TryGetValue(token, out var position))
        {
            return position;
        }

        var numeric = culture.NumericOrdinal.Match(token);
        return numeric.Success ? int.Parse(numeric.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private sealed record Candidate(int Index, string Synonym, string Text, string[] Tokens);
}
