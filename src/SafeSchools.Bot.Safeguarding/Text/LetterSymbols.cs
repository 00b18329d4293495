using System.Text;

namespace SafeSchools.Bot.Safeguarding.Text;

/// <summary>
/// Symbols written in place of letters inside a word (<c>n@ked</c>, <c>$ex</c>, <c>k!ll</c>, <c>ki|l</c>), and
/// full-width forms (<c>ＫＩＬＬ</c>) folded to ASCII; run on the raw text because the shared normaliser turns
/// punctuation into spaces (and its compatibility folding does nothing under invariant globalization).
/// </summary>
internal static class LetterSymbols
{
    public static string Replace(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny("@$!|€") < 0 && span.IndexOfAnyInRange('\uFF01', '\uFF5E') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text);
        for (var i = 0; i < builder.Length; i++)
        {
            if (builder[i] is >= '\uFF01' and <= '\uFF5E')
            {
                builder[i] = (char)(builder[i] - 0xFEE0);
            }
        }

        text = builder.ToString();
        for (var i = 0; i < builder.Length; i++)
        {
            var before = i > 0 && char.IsLetterOrDigit(text[i - 1]);
            var after = i + 1 < text.Length && char.IsLetter(text[i + 1]);
            builder[i] = text[i] switch
            {
                '@' when before || after => 'a',
                '$' when after || (before && char.IsLetter(text[i - 1])) => 's',
                '€' when after => 'e',
                '!' when before && after => 'i',
                '|' when before && after => 'l',
                _ => text[i],
            };
        }

        return builder.ToString();
    }
}
