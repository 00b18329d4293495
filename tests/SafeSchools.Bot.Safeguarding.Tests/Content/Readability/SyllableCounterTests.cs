using SafeSchools.Bot.Safeguarding.Content.Readability;

namespace SafeSchools.Bot.Safeguarding.Tests.Content.Readability;

/// <summary>The rule-based syllable counter against dictionary counts of common words, and its documented rules.</summary>
public sealed class SyllableCounterTests
{
    // Common words, many from the bot's own messages, with their dictionary syllable counts.
    private static readonly (string Word, int Syllables)[] CommonWords =
    [
        ("the", 1), ("you", 1), ("are", 1), ("your", 1), ("they", 1), ("their", 1), ("there", 1), ("where", 1),
        ("here", 1), ("yes", 1), ("year", 1), ("young", 1), ("yourself", 2), ("help", 1), ("chat", 1), ("phone", 1),
        ("school", 1), ("child", 1), ("friend", 1), ("friends", 1), ("safe", 1), ("time", 1), ("times", 1),
        ("make", 1), ("makes", 1), ("take", 1), ("whole", 1), ("while", 1), ("asked", 1), ("called", 1),
        ("looked", 1), ("blocked", 1), ("shared", 1), ("used", 1), ("tried", 1), ("free", 1), ("people", 2),
        ("children", 2), ("about", 2), ("because", 2), ("someone", 2), ("something", 2), ("police", 2),
        ("online", 2), ("teacher", 2), ("parent", 2), ("parents", 2), ("happen", 2), ("happened", 2), ("bullied", 2),
        ("worried", 2), ("worry", 2), ("safety", 2), ("danger", 2), ("message", 2), ("picture", 2), ("pictures", 2),
        ("number", 2), ("report", 2), ("helpline", 2), ("private", 2), ("program", 2), ("abuse", 2), ("going", 2),
        ("doing", 2), ("being", 2), ("trying", 2), ("saying", 2), ("talking", 2), ("wanted", 2), ("needed", 2),
        ("places", 2), ("pages", 2), ("little", 2), ("table", 2), ("simple", 2), ("before", 2), ("maybe", 2),
        ("create", 2), ("lonely", 2), ("careful", 2), ("useful", 2), ("social", 2), ("special", 2), ("nation", 2),
        ("question", 2), ("equal", 2), ("language", 2), ("quiet", 2), ("science", 2), ("okay", 2), ("again", 2),
        ("away", 2), ("agree", 2), ("over", 2), ("never", 2), ("even", 2), ("always", 2), ("centre", 2),
        ("family", 3), ("different", 3), ("important", 3), ("happening", 3), ("bullying", 3), ("dangerous", 3),
        ("messages", 3), ("images", 3), ("video", 3), ("reported", 3), ("counsellor", 3), ("privacy", 3),
        ("computer", 3), ("sexual", 3), ("violence", 3), ("serious", 3), ("usual", 3), ("decision", 3),
        ("completely", 3), ("idea", 3), ("area", 3), ("anyone", 3), ("everyone", 3), ("anything", 3),
        ("everything", 3), ("somebody", 3), ("remember", 3), ("together", 3), ("another", 3), ("services", 3),
        ("emergency", 4), ("anonymous", 4), ("experience", 4), ("information", 4), ("exploitation", 4),
        ("usually", 4), ("actually", 4), ("definitely", 4), ("situation", 4), ("especially", 4),
        ("immediately", 5), ("organisation", 5), ("responsibility", 6),
    ];

    [Fact]
    public void Count_CommonWords_WithinOneOfTheDictionaryForAtLeast90Percent()
    {
        var misses = CommonWords.Where(w => Math.Abs(SyllableCounter.Count(w.Word) - w.Syllables) > 1).ToList();

        var withinOne = 1.0 - ((double)misses.Count / CommonWords.Length);
        Assert.True(withinOne >= 0.9, $"{withinOne:P0} within one; off by more: {string.Join(", ", misses.Select(m => $"{m.Word} {SyllableCounter.Count(m.Word)} (dictionary {m.Syllables})"))}");
    }

    [Fact]
    public void Count_CommonWords_MostlyExact()
    {
        var exact = CommonWords.Count(w => SyllableCounter.Count(w.Word) == w.Syllables);

        Assert.True(exact >= CommonWords.Length * 0.85, $"only {exact} of {CommonWords.Length} exact");
    }

    [Theory]
    [InlineData("isn't", 2)]
    [InlineData("couldn't", 2)]
    [InlineData("don't", 1)]
    [InlineData("can't", 1)]
    [InlineData("you're", 1)]
    [InlineData("child's", 1)]
    [InlineData("It’s", 1)]
    [InlineData("anti-bullying", 5)]
    [InlineData("999", 1)]
    [InlineData("1-2-1", 3)]
    [InlineData("NSPCC", 1)]
    [InlineData("Childline", 2)]
    public void Count_ContractionsHyphensAndNumbers(string word, int expected) =>
        Assert.Equal(expected, SyllableCounter.Count(word));

    [Fact]
    public void Count_IsTheSameEveryTimeAndAtLeastOneForAWord()
    {
        Assert.All(CommonWords, w => Assert.Equal(SyllableCounter.Count(w.Word), SyllableCounter.Count(w.Word)));
        Assert.Equal(1, SyllableCounter.Count("hmm"));
        Assert.Equal(0, SyllableCounter.Count("---"));
    }
}
