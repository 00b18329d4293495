using SafeSchools.Bot.Dialogs.Recognizers;

namespace SafeSchools.Bot.Dialogs.Tests.Recognizers;

public sealed class ChoiceRecognizerTests
{
    private static readonly Choice[] Topics =
    [
        new("Bullying") { Synonyms = ["being bullied", "picked on"] },
        new("Online safety"),
        new("Report a crime"),
        new("Something else"),
    ];

    [Theory]
    [InlineData("Bullying", "Bullying")]
    [InlineData("bullying", "Bullying")]
    [InlineData("BULLYING!!", "Bullying")]
    [InlineData("online safety", "Online safety")]
    [InlineData("Online-safety", "Online safety")]
    [InlineData("picked on", "Bullying")]
    [InlineData("I'm being bullied", "Bullying")]
    [InlineData("I want to report a crime please", "Report a crime")]
    [InlineData("its about online safety", "Online safety")]
    [InlineData("something else", "Something else")]
    public void RecognizeChoices_ValueOrSynonym_FindsChoice(string utterance, string expected) =>
        Assert.Equal(expected, ChoiceRecognizer.RecognizeChoices(utterance, Topics)[0].Value);

    [Theory]
    [InlineData("the second one", "Online safety")]
    [InlineData("first", "Bullying")]
    [InlineData("3rd", "Report a crime")]
    [InlineData("the last one", "Something else")]
    [InlineData("2", "Online safety")]
    [InlineData("two", "Online safety")]
    [InlineData("number 4", "Something else")]
    public void RecognizeChoices_OrdinalOrNumber_FindsChoiceByPosition(string utterance, string expected) =>
        Assert.Equal(expected, ChoiceRecognizer.RecognizeChoices(utterance, Topics)[0].Value);

    [Theory]
    [InlineData("crime")]
    [InlineData("report")]
    [InlineData("online")]
    [InlineData("report a bad thing in a crime")]
    [InlineData("5")]
    [InlineData("the fifth one")]
    [InlineData("i want to report a serious crime")]
    [InlineData("last")]
    [InlineData("im 2 years above him")]
    [InlineData("i'm 13 and they keep messaging me")]
    [InlineData("bully")]
    [InlineData("bullied")]
    [InlineData("")]
    [InlineData("banana")]
    public void RecognizeChoices_PartialOrOutOfRange_FindsNothing(string utterance) =>
        Assert.Empty(ChoiceRecognizer.RecognizeChoices(utterance, Topics));

    [Fact]
    public void RecognizeChoices_ValueMatches_OrdinalsAreIgnored()
    {
        Choice[] choices = [new("First aid"), new("Second hand")];

        var found = ChoiceRecognizer.RecognizeChoices("second hand", choices);

        Assert.Equal("Second hand", Assert.Single(found).Value);
    }

    [Fact]
    public void RecognizeChoices_NumbersDisabled_DigitFindsNothing() =>
        Assert.Empty(ChoiceRecognizer.RecognizeChoices("2", Topics, recognizeNumbers: false));

    [Fact]
    public void RecognizeChoices_OrdinalsDisabled_OrdinalFindsNothing() =>
        Assert.Empty(ChoiceRecognizer.RecognizeChoices("second", Topics, recognizeOrdinals: false));

    [Fact]
    public void RecognizeChoices_LongestValueFirst_ClaimsItsTokens()
    {
        Choice[] choices = [new("Crime"), new("Report a crime")];

        var found = ChoiceRecognizer.RecognizeChoices("I want to report a crime", choices);

        Assert.Equal("Report a crime", found[0].Value);
        Assert.Equal(1, found[0].Index);
        Assert.Single(found);
    }

    [Fact]
    public void RecognizeChoices_ExactMatch_ReportsIndexScoreAndSynonym()
    {
        var found = Assert.Single(ChoiceRecognizer.RecognizeChoices("Picked on!", Topics));

        Assert.Equal(new FoundChoice("Bullying", 0, 1.0, "picked on"), found);
    }

    [Theory]
    [InlineData("are you a real person")]
    [InlineData("no one believes me")]
    [InlineData("yes")]
    public void RecognizeChoices_SentenceSharingOneWordWithAChoice_FindsNothing(string utterance)
    {
        Choice[] choices = [new("In person"), new("No"), new("Online")];

        Assert.Empty(ChoiceRecognizer.RecognizeChoices(utterance, choices));
    }

    [Theory]
    [InlineData("young person", 0)]
    [InlineData("I'm a young person", 0)]
    [InlineData("im a parent or carer", 1)]
    [InlineData("the first one please", 0)]
    [InlineData("option 2", 1)]
    [InlineData("one", 0)]
    public void RecognizeChoices_FillersAroundAWholeValueOrPosition_FindsIt(string utterance, int expected)
    {
        Choice[] choices = [new("I'm a young person"), new("I'm a parent or carer"), new("I'm in danger now")];

        Assert.Equal(expected, ChoiceRecognizer.RecognizeChoices(utterance, choices)[0].Index);
    }
}
