namespace SafeSchools.Bot.Dialogs.Recognizers;

/// <summary>
/// Finds which of a list of choices the user meant, strictly, so a sentence is never taken for a button press:
/// the whole utterance equal to a value, title or synonym (ignoring case, punctuation and filler words such as
/// "the", "please", "I'm"); a value of two or more words said whole and in order inside a sentence ("I want to
/// report a crime"); or an ordinal or number given alone ("2", "the second one", "number 4", "the last one").
/// A part of a value ("crime" for "Report a crime"), a word that merely resembles one, a bare "last" and a number
/// inside a sentence ("i'm 13 and...") find nothing.
/// </summary>
public static class ChoiceRecognizer
{
    /// <summary>The choices found, best first; empty when none.</summary>
    public static IReadOnlyList<FoundChoice> RecognizeChoices(
        string? utterance,
        IReadOnlyList<Choice> choices,
        bool recognizeOrdinals = true,
        bool recognizeNumbers = true,
        RecognizerCulture? culture = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        culture ??= RecognizerCulture.EnglishGb;
        var normalized = TextNormalizer.Normalize(utterance);
        if (normalized.Length == 0 || choices.Count == 0)
        {
            return [];
        }

        var tokens = TextNormalizer.Tokenize(normalized);
        var core = CoreOf(tokens, culture);
        var candidates = Candidates(choices, culture);
        var exact = candidates.Find(c => string.Equals(c.Text, normalized, StringComparison.Ordinal))
            ?? (core.Length > 0 ? candidates.Find(c => c.Core.AsSpan().SequenceEqual(core)) : null);
        if (exact is not null)
        {
            return [new FoundChoice(choices[exact.Index].Value, exact.Index, 1.0, exact.Synonym)];
        }

        var position = PositionOf(tokens, core, choices.Count, recognizeOrdinals, recognizeNumbers, culture);
        if (position is { } index)
        {
            return [new FoundChoice(choices[index].Value, index, 1.0)];
        }

        return FindInSentence(tokens, candidates, choices);
    }

    // The words that carry meaning: the utterance without fillers ("the", "please", "im").
    private static string[] CoreOf(string[] tokens, RecognizerCulture culture) =>
        Array.FindAll(tokens, t => !culture.ChoiceFillers.Contains(t));

    private static List<Candidate> Candidates(IReadOnlyList<Choice> choices, RecognizerCulture culture)
    {
        var candidates = new List<Candidate>(choices.Count * 2);
        for (var i = 0; i < choices.Count; i++)
        {
            Add(candidates, i, choices[i].Value, culture);
            if (choices[i].Action?.Title is { } title)
            {
                Add(candidates, i, title, culture);
            }

            foreach (var synonym in choices[i].Synonyms ?? [])
            {
                Add(candidates, i, synonym, culture);
            }
        }

        // Longest first, so "report a crime" claims its tokens before "crime" could.
        candidates.Sort(static (a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        return candidates;
    }

    private static void Add(List<Candidate> candidates, int index, string synonym, RecognizerCulture culture)
    {
        var text = TextNormalizer.Normalize(synonym);
        if (text.Length > 0)
        {
            var tokens = TextNormalizer.Tokenize(text);
            candidates.Add(new Candidate(index, synonym, text, tokens, CoreOf(tokens, culture)));
        }
    }

    // Only values of two or more meaningful words, said whole and in order: one word inside a sentence is too
    // easily a different meaning ("no one believes me" is not the answer "No").
    private static List<FoundChoice> FindInSentence(string[] tokens, List<Candidate> candidates, IReadOnlyList<Choice> choices)
    {
        var taken = new bool[tokens.Length];
        var matches = new List<(FoundChoice Choice, int Start)>();
        foreach (var candidate in candidates)
        {
            if (candidate.Core.Length < 2
                || matches.Exists(m => m.Choice.Index == candidate.Index)
                || IndexOf(tokens, taken, candidate.Tokens) is not (>= 0 and var start))
            {
                continue;
            }

            Array.Fill(taken, true, start, candidate.Tokens.Length);
            var score = (double)candidate.Tokens.Length / tokens.Length;
            matches.Add((new FoundChoice(choices[candidate.Index].Value, candidate.Index, score, candidate.Synonym), start));
        }

        matches.Sort(static (a, b) => a.Choice.Score != b.Choice.Score ? b.Choice.Score.CompareTo(a.Choice.Score) : a.Start.CompareTo(b.Start));
        return matches.ConvertAll(m => m.Choice);
    }

    private static int IndexOf(string[] tokens, bool[] taken, string[] value)
    {
        for (var start = 0; start + value.Length <= tokens.Length; start++)
        {
            var k = 0;
            while (k < value.Length && !taken[start + k] && tokens[start + k] == value[k])
            {
                k++;
            }

            if (k == value.Length)
            {
                return start;
            }
        }

        return -1;
    }

    // An ordinal or number only when it is all the user said, fillers aside: "2", "the second one", "number 4".
    private static int? PositionOf(string[] tokens, string[] core, int count, bool ordinals, bool numbers, RecognizerCulture culture)
    {
        var word = core.Length switch
        {
            1 => core[0],
            0 when tokens.Length == 1 => tokens[0], // "one" on its own is a number, not a filler
            _ => null,
        };
        if (word is null)
        {
            return null;
        }

        var position = (ordinals ? OrdinalOf(word, tokens.Length, count, culture) : null)
            ?? (numbers ? NumberOf(word, culture) : null);
        return position >= 1 && position <= count ? position - 1 : null;
    }

    private static int? OrdinalOf(string token, int tokenCount, int count, RecognizerCulture culture)
    {
        // "the last one" is an answer; a bare "last" is too often the start of something else.
        if (culture.LastWords.Contains(token))
        {
            return tokenCount > 1 ? count : null;
        }

        if (culture.Ordinals.TryGetValue(token, out var position))
        {
            return position;
        }

        var numeric = culture.NumericOrdinal.Match(token);
        return numeric.Success ? int.Parse(numeric.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static int? NumberOf(string token, RecognizerCulture culture) =>
        culture.NumberUnits.TryGetValue(token, out var unit) ? unit
        : token.Length <= 3 && int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value
        : null;

    private sealed record Candidate(int Index, string Synonym, string Text, string[] Tokens, string[] Core);
}
