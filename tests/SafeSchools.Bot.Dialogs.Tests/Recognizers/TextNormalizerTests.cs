using SafeSchools.Bot.Dialogs.Recognizers;

namespace SafeSchools.Bot.Dialogs.Tests.Recognizers;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("YES", "yes")]
    [InlineData("Yes!!!", "yes")]
    [InlineData("yesss", "yes")]
    [InlineData("nooooo", "no")]
    [InlineData("good", "good")]
    [InlineData("  hello ,  world  ", "hello world")]
    [InlineData("don\u2019t", "dont")]
    [InlineData("I'm 14", "im 14")]
    [InlineData("\u201Cquoted\u201D", "quoted")]
    [InlineData("ye\u200Bs", "yes")]
    [InlineData("\uFEFFok", "ok")]
    [InlineData("twenty-one", "twenty one")]
    [InlineData("1.5 hours", "1.5 hours")]
    [InlineData("end.", "end")]
    [InlineData("ok.2", "ok 2")]
    [InlineData("\uFF39\uFF25\uFF33", "yes")]
    [InlineData("ok👍", "ok 👍")]
    [InlineData("👍\uFE0F", "👍")]
    public void Normalize_Utterance_IsFolded(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Normalize_NullOrBlank_ReturnsEmpty(string? input) =>
        Assert.Equal(string.Empty, TextNormalizer.Normalize(input));

    [Fact]
    public void Tokenize_NormalizedText_SplitsOnSpaces() =>
        Assert.Equal(["the", "second", "one"], TextNormalizer.Tokenize("the second one"));

    [Fact]
    public void Tokenize_Empty_ReturnsNoTokens() => Assert.Empty(TextNormalizer.Tokenize(string.Empty));

    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("i cant", 2)]
    [InlineData("  hes  here\t!!! ", 3)]
    [InlineData("someone keeps sending me mean messages", 6)]
    public void CountWords_Text_CountsRunsBetweenWhiteSpace(string text, int expected) =>
        Assert.Equal(expected, TextNormalizer.CountWords(text));
}
