using System.Text;
using SafeSchools.Bot.Dialogs.Recognizers;

namespace SafeSchools.Bot.Safeguarding.Text;

/// <summary>
/// The normalisation the safeguarding recognizers match on. It builds on the shared <see cref="TextNormalizer"/>
/// (case, compatibility forms, zero-width characters, apostrophes, punctuation, repeated letters) and adds:
/// symbols used as letters inside words (<c>n@ked</c>, <c>$ex</c>, <c>k!ll</c>), look-alike letters from other
/// scripts (Cyrillic and Greek homoglyphs, accents), leetspeak digits inside words that also hold letters
/// (<c>k1ll</c>, <c>n00dz</c>, <c>h8</c>) while numbers on their own are kept (<c>im 12</c>), text-speak and
/// common misspellings (<c>kms</c>, <c>wanna</c>, <c>some1</c>, <c>u</c>, <c>noodz</c>), near misses of key
/// words (<c>sucide</c>, <c>myslef</c>) and letters spelt out one by one (<c>k i l l</c>).
/// </summary>
/// <remarks>The result is lower-case words separated by single spaces. Pure and thread-safe.</remarks>
public static class SafeguardingNormalizer
{
    /// <summary>Normalises <paramref name="text"/> for safeguarding matching; null or white space gives an empty string.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var basic = TextNormalizer.Normalize(LetterSymbols.Replace(text));
        var tokens = JoinSpeltOutLetters(TextNormalizer.Tokenize(basic));
        var output = new StringBuilder(basic.Length + 16);
        for (var i = 0; i < tokens.Count; i++)
        {
            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            var previous = i > 0 ? tokens[i - 1] : null;
            var word = NormalizeToken(tokens[i], previous, next);
            if (word.Length == 0)
            {
                continue;
            }

            if (output.Length > 0)
            {
                output.Append(' ');
            }

            output.Append(word);
        }

        return output.ToString();
    }

    /// <summary>Splits normalised text into its words.</summary>
    public static string[] Tokenize(string normalized) => TextNormalizer.Tokenize(normalized);

    private static string NormalizeToken(string raw, string? previous, string? next)
    {
        var token = Homoglyphs.Fold(raw);
        if (SlangLexicon.TryGet(token, out var replacement))
        {
            return replacement;
        }

        if (IsNumber(token))
        {
            return StandaloneNumber(token, previous, next);
        }

        if (HasDigitAndLetter(token))
        {
            var split = SplitNumberAndUnit(token);
            if (split is not null)
            {
                return split;
            }

            token = CollapseRepeats(Leetspeak.Map(token));
            if (SlangLexicon.TryGet(token, out replacement))
            {
                return replacement;
            }
        }

        return FuzzySpelling.Correct(token);
    }

    // "2" and "4" stand for "to" and "for" between words ("want 2 die", "pics 4 money"), but not before a unit ("2 years").
    private static string StandaloneNumber(string token, string? previous, string? next)
    {
        if (token is not ("2" or "4") || next is null || !IsWord(next) || SlangLexicon.IsQuantityNoun(next))
        {
            return token;
        }

        return previous is null || IsWord(previous) ? (token == "2" ? "to" : "for") : token;
    }

    // "12yo" → "12 yo", "13yrs" → "13 yrs": an age written as one token keeps its digits.
    private static string? SplitNumberAndUnit(string token)
    {
        var digits = 0;
        while (digits < token.Length && char.IsAsciiDigit(token[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits == token.Length)
        {
            return null;
        }

        var unit = token[digits..];
        return unit.Any(char.IsAsciiDigit) || !SlangLexicon.IsNumberSuffix(unit) ? null : string.Concat(token.AsSpan(0, digits), " ", unit);
    }

    private static List<string> JoinSpeltOutLetters(string[] tokens)
    {
        var result = new List<string>(tokens.Length);
        var i = 0;
        while (i < tokens.Length)
        {
            var run = i;
            while (run < tokens.Length && tokens[run].Length == 1 && char.IsLetter(tokens[run][0]))
            {
                run++;
            }

            if (run - i >= 4)
            {
                result.Add(string.Concat(tokens[i..run]));
                i = run;
            }
            else
            {
                result.Add(tokens[i]);
                i++;
            }
        }

        return result;
    }

    private static string CollapseRepeats(string token)
    {
        var builder = new StringBuilder(token.Length);
        var run = 0;
        for (var i = 0; i < token.Length; i++)
        {
            run = i > 0 && token[i] == token[i - 1] && char.IsLetter(token[i]) ? run + 1 : 1;
            if (run < 3)
            {
                builder.Append(token[i]);
            }
        }

        var text = builder.ToString();
        return text;
    }

    private static bool IsNumber(string token) => token.All(char.IsAsciiDigit);

    private static bool IsWord(string token) => token.All(char.IsLetter);

    private static bool HasDigitAndLetter(string token) => token.Any(char.IsAsciiDigit) && token.Any(char.IsLetter);
}
