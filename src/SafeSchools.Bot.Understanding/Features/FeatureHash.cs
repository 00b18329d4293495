namespace SafeSchools.Bot.Understanding.Features;

/// <summary>FNV-1a hashes of n-grams, seeded by kind and length so a word and a character n-gram never share a key.</summary>
internal static class FeatureHash
{
    private const uint Prime = 16777619;
    private const uint Basis = 2166136261;

    public static uint Word(ReadOnlySpan<char> words, int length) => Hash(words, 0x57000000u + (uint)length);

    public static uint Chars(ReadOnlySpan<char> chars) => Hash(chars, 0x43000000u + (uint)chars.Length);

    private static uint Hash(ReadOnlySpan<char> text, uint seed)
    {
        var hash = Basis ^ seed;
        foreach (var c in text)
        {
            hash = (hash ^ (c & 0xFFu)) * Prime;
            hash = (hash ^ (uint)(c >> 8)) * Prime;
        }

        return hash;
    }
}
