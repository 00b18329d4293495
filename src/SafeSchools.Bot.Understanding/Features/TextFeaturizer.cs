using SafeSchools.Bot.Dialogs.Recognizers;

namespace SafeSchools.Bot.Understanding.Features;

/// <summary>
/// Turns a normalised message into hashed n-gram features: single words and word pairs, and character n-grams over
/// the whole message with a space at each end (so "kms", "k m s" and "kmsss" share most of their pieces and a typo
/// still shares most of a word). No allocation on the scoring path: hashes go into a caller's buffer.
/// </summary>
public sealed class TextFeaturizer
{
    /// <summary>Creates a featurizer with the given options.</summary>
    public TextFeaturizer(FeaturizerOptions options) => Options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>The options it was created with.</summary>
    public FeaturizerOptions Options { get; }

    /// <summary>The most hashes <see cref="Extract"/> can write for a message of <paramref name="length"/> characters.</summary>
    public int MaxFeatures(int length) =>
        (Options.WordNgramLength * (length + 1)) + (Math.Max(0, Options.MaxCharNgram - Options.MinCharNgram + 1) * (length + 2));

    /// <summary>Normalises text as every recognizer does (see <see cref="TextNormalizer"/>).</summary>
    public static string Normalize(string? text) => TextNormalizer.Normalize(text);

    /// <summary>
    /// Writes the hash of every feature of <paramref name="normalized"/> into <paramref name="hashes"/>, word n-grams
    /// first; returns how many, and how many of them are word n-grams.
    /// </summary>
    public int Extract(ReadOnlySpan<char> normalized, Span<uint> hashes, out int wordCount) => ExtractCore(normalized, hashes, null, out wordCount);

    /// <summary>Each feature with a readable name (for training and for explaining a decision); allocates.</summary>
    public IReadOnlyList<(uint Hash, string Name)> Describe(string normalized)
    {
        var names = new List<(uint, string)>();
        var buffer = new uint[MaxFeatures(normalized.Length)];
        ExtractCore(normalized, buffer, names, out _);
        return names;
    }

    private int ExtractCore(ReadOnlySpan<char> text, Span<uint> hashes, List<(uint, string)>? names, out int wordCount)
    {
        wordCount = 0;
        if (text.IsEmpty)
        {
            return 0;
        }

        var count = wordCount = ExtractWords(text, hashes, names);
        if (Options.MaxCharNgram > 0)
        {
            count += ExtractChars(text, hashes[count..], names);
        }

        return count;
    }

    private int ExtractWords(ReadOnlySpan<char> text, Span<uint> hashes, List<(uint, string)>? names)
    {
        // Word starts, so an n-gram of words is one slice of the text ("cant call" as it stands).
        Span<int> starts = stackalloc int[Math.Max(1, Options.WordNgramLength)];
        var count = 0;
        var wordIndex = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != ' ')
            {
                continue;
            }

            if (i > start)
            {
                starts[wordIndex % starts.Length] = start;
                wordIndex++;
                for (var n = 1; n <= Options.WordNgramLength && n <= wordIndex; n++)
                {
                    var from = starts[(wordIndex - n) % starts.Length];
                    var slice = text[from..i];
                    var hash = FeatureHash.Word(slice, n);
                    hashes[count++] = hash;
                    names?.Add((hash, "word: " + slice.ToString()));
                }
            }

            start = i + 1;
        }

        return count;
    }

    private int ExtractChars(ReadOnlySpan<char> text, Span<uint> hashes, List<(uint, string)>? names)
    {
        Span<char> padded = text.Length <= 1024 ? stackalloc char[text.Length + 2] : new char[text.Length + 2];
        padded[0] = ' ';
        text.CopyTo(padded[1..]);
        padded[^1] = ' ';
        var count = 0;
        for (var n = Math.Max(1, Options.MinCharNgram); n <= Options.MaxCharNgram; n++)
        {
            for (var i = 0; i + n <= padded.Length; i++)
            {
                var slice = padded.Slice(i, n);
                var hash = FeatureHash.Chars(slice);
                hashes[count++] = hash;
                names?.Add((hash, "chars: '" + slice.ToString() + "'"));
            }
        }

        return count;
    }
}
