using SafeSchools.Bot.Safeguarding.Conversations;
using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Tests.Conversations;

public sealed class QuestionShapeTests
{
    [Theory]
    [InlineData("what is grooming")]
    [InlineData("can u help")]
    [InlineData("is this confidential?")]
    [InlineData("hello what is snapchat exactly, my granddaughter is on it all the time")]
    [InlineData("hello i am his nan i look after my grandson he is 9. what is parental controls and do i need them")]
    [InlineData("Hi, sorry. How do I report a fake account")]
    public void IsQuestion_AQuestionWordOpensASentenceOnceGreetingsAreSetAside_True(string text) =>
        Assert.True(QuestionShape.IsQuestion(Understood(text)));

    [Theory]
    [InlineData("my mate got hacked yesterday how do we get it back")]
    [InlineData("someone nicked my account wat do i do now")]
    [InlineData("not sure whether to tell my form tutor")]
    [InlineData("my daughter is starting secondary any advice")]
    public void IsQuestion_AQuestionAskedAfterWhatItIsAbout_True(string text) =>
        Assert.True(QuestionShape.IsQuestion(Understood(text)));

    [Theory]
    [InlineData("i'm being cyberbullied")]
    [InlineData("hello im 14")]
    [InlineData("they keep asking what school i go to")]
    [InlineData("my son is being bullied, what he says is awful")]
    public void IsQuestion_AStatement_False(string text) =>
        Assert.False(QuestionShape.IsQuestion(Understood(text)));

    private static RecognizerResult Understood(string text) => new() { Text = text, AlteredText = text.ToLowerInvariant() };
}
