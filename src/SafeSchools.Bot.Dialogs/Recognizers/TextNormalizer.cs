using System.Buffers;
using System.Globalization;
using System.Text;

namespace SafeSchools.Bot.Dialogs.Recognizers;

/// <summary>
/// The text normalisation every recognizer shares: compatibility forms folded (full-width letters always; ligatures
/// and other NFKC forms where the runtime has ICU),
/// lower case, zero-width characters dropped, curly quotes straightened and apostrophes joined ("don't" → "dont"),
/// punctuation turned into spaces (except a decimal point between digits: "1.5"), letters repeated three or more times collapsed ("yesss" → "yes"),
/// symbols such as emoji kept as tokens of their own, and white space folded to single spaces.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalises <paramref name="text"/>; null or white space gives an empty string.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var folded = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var buffer = ArrayPool<char>.Shared.Rent((folded.Length * 3) + 1);
        try
        {
            var length = Fold(folded, buffer);
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Splits normalised text into its tokens.</summary>
    public static string[] Tokenize(string normalized) =>
        string.IsNullOrEmpty(normalized) ? [] : normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// How many words <paramref name="text"/> has (runs of characters other than white space): as many as
    /// <see cref="Tokenize"/> gives for normalised text, without allocating.
    /// </summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                words++;
            }
        }

        return words;
    }

    private static int Fold(string text, char[] output)
    {
        var length = 0;
        var run = 0;
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = FoldFullWidth(text[i]);
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (IsIgnorable(c, category))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var lower = char.ToLowerInvariant(c);
                run = !pendingSpace && length > 0 && output[length - 1] == lower && char.IsLetter(lower) ? run + 1 : 1;
                if (run >= 3)
                {
                    // A letter repeated three or more times collapses to one: "yesss" → "yes", "nooo" → "no".
                    length -= run == 3 ? 1 : 0;
                    continue;
                }

                length = AppendSpaceIfPending(output, length, ref pendingSpace);
                output[length++] = lower;
            }
            else if (char.IsSurrogate(c) || category is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol)
            {
                // Emoji and symbols carry meaning (👍, £) so each becomes a token of its own.
                pendingSpace = length > 0;
                length = AppendSpaceIfPending(output, length, ref pendingSpace);
                output[length++] = c;
                run = 0;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    output[length++] = text[++i];
                }

                pendingSpace = true;
            }
            else if (c == '.' && IsDecimalPoint(text, i, output, length, pendingSpace))
            {
                // "1.5" stays one token so numbers keep their decimals.
                output[length++] = c;
                run = 0;
            }
            else
            {
                pendingSpace = length > 0;
            }
        }

        return length;
    }

    // NFKC does nothing when globalization is invariant (no ICU), so full-width ASCII ("ＹＥＳ") is folded here too.
    private static char FoldFullWidth(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;

    private static bool IsDecimalPoint(string text, int index, char[] output, int length, bool pendingSpace) =>
        !pendingSpace && length > 0 && char.IsAsciiDigit(output[length - 1]) && index + 1 < text.Length && char.IsAsciiDigit(text[index + 1]);

    private static int AppendSpaceIfPending(char[] output, int length, ref bool pendingSpace)
    {
        if (pendingSpace && length > 0)
        {
            output[length++] = ' ';
        }

        pendingSpace = false;
        return length;
    }

    // Zero-width characters, soft hyphens, variation selectors and apostrophes join the letters either side.
    private static bool IsIgnorable(char c, UnicodeCategory category) =>
        category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark
        || c is '\'' or '\u2018' or '\u2019' or '\u02BC' or '`' or '\u00B4' or '\uFE0F' or '\uFE0E';
}
