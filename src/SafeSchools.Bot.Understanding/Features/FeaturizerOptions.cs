namespace SafeSchools.Bot.Understanding.Features;

/// <summary>Which n-grams describe a message. Part of the model's identity: change one and the model is trained anew.</summary>
public sealed record FeaturizerOptions
{
    /// <summary>Word n-grams from 1 to this length (1 = single words, 2 = also pairs).</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Shortest character n-gram (0 = none).</summary>
    public int MinCharNgram { get; init; } = 2;

    /// <summary>Longest character n-gram (0 = none).</summary>
    public int MaxCharNgram { get; init; } = 5;

    /// <summary>A feature is kept when at least this many training lines have it (rarer ones are noise and memory).</summary>
    public int MinDocumentFrequency { get; init; } = 2;

    /// <summary>A short description for reports, e.g. "words 1-2 + chars 2-5, df>=2".</summary>
    public override string ToString() =>
        $"words 1-{WordNgramLength} + chars {MinCharNgram}-{MaxCharNgram}, df>={MinDocumentFrequency}";
}
