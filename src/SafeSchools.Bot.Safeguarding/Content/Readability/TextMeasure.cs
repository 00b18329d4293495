namespace SafeSchools.Bot.Safeguarding.Content.Readability;

/// <summary>What <see cref="ReadabilityMeter"/> found in one message, after markdown and web addresses were removed.</summary>
/// <param name="Words">The words (a number or a hyphenated word is one word).</param>
/// <param name="Sentences">The sentences: ended by <c>.</c>, <c>!</c> or <c>?</c>, by a blank line, or by the end of a bullet line.</param>
/// <param name="Syllables">The syllables of all the words, counted by <see cref="SyllableCounter"/>.</param>
public sealed record TextMeasure(int Words, int Sentences, int Syllables)
{
    /// <summary>
    /// The Flesch-Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59 (a UK reader is about
    /// this grade + 5 years old). 0 for a message with no words; it can be below 0 for very short, simple text.
    /// </summary>
    public double Grade => ReadabilityMeter.Grade(Words, Sentences, Syllables);
}
