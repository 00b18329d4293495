using System.Globalization;

namespace SafeSchools.Bot.Dialogs.Recognizers;

/// <summary>Finds numbers written as digits ("14", "I'm 14", "1.5") or words ("fourteen", "twenty one", "a hundred and five").</summary>
public static class NumberRecognizer
{
    private enum Part
    {
        None,
        Unit,
        Teen,
        Tens,
        Scale,
    }

    /// <summary>The numbers in <paramref name="utterance"/>, in order.</summary>
    public static IReadOnlyList<NumberMatch> Recognize(string? utterance, RecognizerCulture? culture = null) =>
        Recognize(TextNormalizer.Tokenize(TextNormalizer.Normalize(utterance)), culture ?? RecognizerCulture.EnglishGb);

    /// <summary>The first number in <paramref name="utterance"/>, if any.</summary>
    public static bool TryRecognize(string? utterance, out decimal value, RecognizerCulture? culture = null)
    {
        var matches = Recognize(utterance, culture);
        value = matches.Count > 0 ? matches[0].Value : 0;
        return matches.Count > 0;
    }

    internal static List<NumberMatch> Recognize(string[] tokens, RecognizerCulture culture)
    {
        var matches = new List<NumberMatch>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (TryParseDigits(tokens[i], culture, out var digits))
            {
                matches.Add(new NumberMatch(digits, i));
            }
            else if (StartsNumberWords(tokens, i, culture))
            {
                var start = i;
                var value = ParseWords(tokens, culture, ref i);
                matches.Add(new NumberMatch(value, start));
            }
        }

        return matches;
    }

    // Digits, optionally followed by letters as in "14yo" or "15yrs"; "2nd" is an ordinal, not a number.
    private static bool TryParseDigits(string token, RecognizerCulture culture, out decimal value)
    {
        value = 0;
        if (token.Length == 0 || !char.IsAsciiDigit(token[0]) || culture.NumericOrdinal.IsMatch(token))
        {
            return false;
        }

        var end = 0;
        while (end < token.Length && (char.IsAsciiDigit(token[end]) || token[end] == '.'))
        {
            end++;
        }

        return decimal.TryParse(token.AsSpan(0, end), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool StartsNumberWords(string[] tokens, int i, RecognizerCulture culture) =>
        culture.NumberUnits.ContainsKey(tokens[i]) || culture.NumberTens.ContainsKey(tokens[i])
        || (culture.NumberArticles.Contains(tokens[i]) && i + 1 < tokens.Length && culture.NumberScales.ContainsKey(tokens[i + 1]));

    // Reads number words from tokens[index] on and leaves index on the last word used.
    private static decimal ParseWords(string[] tokens, RecognizerCulture culture, ref int index)
    {
        decimal total = 0;
        decimal current = 0;
        var last = Part.None;
        var i = index;
        if (culture.NumberArticles.Contains(tokens[i]))
        {
            // "a hundred": the article counts as one.
            current = 1;
            last = Part.Unit;
            i++;
        }

        for (; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (culture.NumberUnits.TryGetValue(token, out var unit))
            {
                // "one two" is two numbers; "twenty one" is one, "twenty twelve" is not.
                if (last is Part.Unit or Part.Teen || (last == Part.Tens && unit >= 10))
                {
                    break;
                }

                current += unit;
                last = unit >= 10 ? Part.Teen : Part.Unit;
            }
            else if (culture.NumberTens.TryGetValue(token, out var tens) && last is Part.None or Part.Scale)
            {
                current += tens;
                last = Part.Tens;
            }
            else if (culture.NumberScales.TryGetValue(token, out var scale) && last != Part.None)
            {
                if (scale == 100)
                {
                    current = (current == 0 ? 1 : current) * scale;
                }
                else
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }

                last = Part.Scale;
            }
            else if (culture.NumberJoiners.Contains(token) && last == Part.Scale && i + 1 < tokens.Length
                && (culture.NumberUnits.ContainsKey(tokens[i + 1]) || culture.NumberTens.ContainsKey(tokens[i + 1])))
            {
                continue;
            }
            else
            {
                break;
            }
        }

        index = i - 1;
        return total + current;
    }
}
