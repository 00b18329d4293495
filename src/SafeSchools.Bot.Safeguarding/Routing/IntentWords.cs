using System.Collections.Frozen;
using SafeSchools.Bot.Safeguarding.Text;

namespace SafeSchools.Bot.Safeguarding.Routing;

/// <summary>Turns text into the content words examples are compared on: normalised, stop words dropped, crudely stemmed.</summary>
internal static class IntentWords
{
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "i", "im", "ive", "id", "me", "my", "mine", "myself", "we", "our", "us", "you", "your", "he", "she", "it", "its",
        "they", "them", "their", "him", "her", "his", "hers", "the", "a", "an", "and", "or", "but", "so", "to", "of",
        "in", "on", "at", "for", "with", "from", "by", "about", "as", "is", "are", "was", "were", "be", "been",
        "being", "am", "have", "has", "had", "do", "does", "did", "dont", "doesnt", "didnt", "that", "this", "these",
        "those", "what", "how", "can", "could", "would", "should", "will", "just", "really", "very", "some", "any",
        "all", "there", "theres", "here", "if", "then", "than", "when", "who", "which", "up", "out", "get", "got",
        "like", "know", "think", "please", "help", "hi", "hello", "hey", "ok", "now", "also", "too", "one", "thing",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string[] Tokens(string? text) => SafeguardingNormalizer.Tokenize(SafeguardingNormalizer.Normalize(text));

    public static HashSet<string> Content(IEnumerable<string> tokens) =>
        tokens.Where(t => !StopWords.Contains(t)).Select(Stem).ToHashSet(StringComparer.Ordinal);

    // A crude stem so "bullied", "bullying" and "bully" meet: strip a common ending, keep at least four letters.
    private static string Stem(string word) => StripEnding(StripEnding(word));

    private static string StripEnding(string word)
    {
        foreach (var ending in (ReadOnlySpan<string>)["ing", "ied", "ies", "ed", "es", "s", "y", "e"])
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }
}
