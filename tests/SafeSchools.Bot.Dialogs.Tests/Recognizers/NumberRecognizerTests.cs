using SafeSchools.Bot.Dialogs.Recognizers;

namespace SafeSchools.Bot.Dialogs.Tests.Recognizers;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("14", 14)]
    [InlineData("I'm 14", 14)]
    [InlineData("im 14 years old", 14)]
    [InlineData("14yo", 14)]
    [InlineData("fourteen", 14)]
    [InlineData("I am fourteen", 14)]
    [InlineData("twenty one", 21)]
    [InlineData("twenty-one", 21)]
    [InlineData("Twenty", 20)]
    [InlineData("zero", 0)]
    [InlineData("one hundred", 100)]
    [InlineData("a hundred and five", 105)]
    [InlineData("two thousand and twelve", 2012)]
    [InlineData("1.5", 1.5)]
    [InlineData("0", 0)]
    public void TryRecognize_Utterance_FindsFirstNumber(string utterance, double expected)
    {
        Assert.True(NumberRecognizer.TryRecognize(utterance, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("none of your business")]
    [InlineData("2nd")]
    [InlineData("someone")]
    public void TryRecognize_NoNumber_ReturnsFalse(string utterance) => Assert.False(NumberRecognizer.TryRecognize(utterance, out _));

    [Fact]
    public void Recognize_SeparateNumberWords_AreSeparateNumbers()
    {
        var matches = NumberRecognizer.Recognize("one two");

        Assert.Equal([1m, 2m], matches.Select(m => m.Value));
    }

    [Fact]
    public void Recognize_DigitsAndWords_AreReturnedInOrder()
    {
        var matches = NumberRecognizer.Recognize("between 12 and fifteen");

        Assert.Equal([12m, 15m], matches.Select(m => m.Value));
        Assert.Equal([1, 3], matches.Select(m => m.TokenIndex));
    }
}
