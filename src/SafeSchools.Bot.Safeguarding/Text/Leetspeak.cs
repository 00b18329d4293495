using System.Text;

namespace SafeSchools.Bot.Safeguarding.Text;

/// <summary>Digits used as letters inside a word that also holds letters: <c>k1ll</c>, <c>n00dz</c>, <c>h8</c>, <c>2day</c>.</summary>
internal static class Leetspeak
{
    public static string Map(string token)
    {
        var builder = new StringBuilder(token.Length + 4);
        foreach (var c in token)
        {
            builder.Append(c switch
            {
                '0' => "o",
                '1' => "i",
                '2' => "to",
                '3' => "e",
                '4' => "a",
                '5' => "s",
                '6' => "g",
                '7' => "t",
                '8' => "ate",
                '9' => "g",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
