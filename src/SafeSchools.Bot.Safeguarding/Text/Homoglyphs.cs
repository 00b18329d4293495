using System.Collections.Frozen;
using System.Text;

namespace SafeSchools.Bot.Safeguarding.Text;

/// <summary>Folds look-alike letters from other scripts and accented letters to plain Latin: <c>kіll</c> (Cyrillic і) → <c>kill</c>.</summary>
internal static class Homoglyphs
{
    private static readonly FrozenDictionary<char, char> Map = new Dictionary<char, char>
    {
        // Cyrillic
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['ё'] = 'e', ['з'] = '3', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h',
        ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['ѕ'] = 's', ['і'] = 'i',
        ['ї'] = 'i', ['ј'] = 'j', ['ԁ'] = 'd', ['ԛ'] = 'q', ['ԝ'] = 'w', ['һ'] = 'h', ['ɡ'] = 'g', ['ɑ'] = 'a',
        ['ь'] = 'b', ['п'] = 'n', ['г'] = 'r', ['л'] = 'n', ['ш'] = 'w',

        // Greek
        ['α'] = 'a', ['β'] = 'b', ['γ'] = 'y', ['ε'] = 'e', ['η'] = 'n', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v',
        ['ο'] = 'o', ['ρ'] = 'p', ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x', ['ω'] = 'w', ['μ'] = 'u', ['ς'] = 's',
        ['σ'] = 'o', ['ί'] = 'i', ['ό'] = 'o', ['έ'] = 'e', ['ά'] = 'a', ['ύ'] = 'u',

        // Latin letters without a decomposition
        ['ı'] = 'i', ['ł'] = 'l', ['ø'] = 'o', ['đ'] = 'd', ['ħ'] = 'h', ['ŧ'] = 't',

        // Accented Latin letters (string normalisation is not available under invariant globalization)
        ['à'] = 'a', ['á'] = 'a', ['â'] = 'a', ['ã'] = 'a', ['ä'] = 'a', ['å'] = 'a', ['ā'] = 'a', ['ă'] = 'a',
        ['ç'] = 'c', ['ć'] = 'c', ['č'] = 'c', ['è'] = 'e', ['é'] = 'e', ['ê'] = 'e', ['ë'] = 'e', ['ē'] = 'e',
        ['ė'] = 'e', ['ę'] = 'e', ['ì'] = 'i', ['í'] = 'i', ['î'] = 'i', ['ï'] = 'i', ['ī'] = 'i', ['ñ'] = 'n',
        ['ń'] = 'n', ['ò'] = 'o', ['ó'] = 'o', ['ô'] = 'o', ['õ'] = 'o', ['ö'] = 'o', ['ō'] = 'o', ['ù'] = 'u',
        ['ú'] = 'u', ['û'] = 'u', ['ü'] = 'u', ['ū'] = 'u', ['ý'] = 'y', ['ÿ'] = 'y', ['š'] = 's', ['ś'] = 's',
        ['ž'] = 'z', ['ź'] = 'z', ['ż'] = 'z', ['ğ'] = 'g',
    }.ToFrozenDictionary();

    public static string Fold(string token)
    {
        var ascii = true;
        foreach (var c in token)
        {
            if (c > '\u007f')
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return token;
        }

        var builder = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            builder.Append(FoldChar(c));
        }

        return builder.ToString();
    }

    private static char FoldChar(char c)
    {
        if (c <= '\u007f' || !char.IsLetter(c))
        {
            return c;
        }

        return Map.TryGetValue(c, out var mapped) ? mapped : c;
    }
}
