using SafeSchools.Bot.Dialogs.Recognizers;

namespace SafeSchools.Bot.Dialogs.Tests.Recognizers;

public sealed class ConfirmRecognizerTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("Yes!")]
    [InlineData("yesss")]
    [InlineData("yeah")]
    [InlineData("yep")]
    [InlineData("yup")]
    [InlineData("ya")]
    [InlineData("ye")]
    [InlineData("y")]
    [InlineData("ok")]
    [InlineData("okay")]
    [InlineData("OK then")]
    [InlineData("sure")]
    [InlineData("deffo")]
    [InlineData("go on")]
    [InlineData("go on then")]
    [InlineData("yes please")]
    [InlineData("I don't mind")]
    [InlineData("👍")]
    [InlineData("👍🏽")]
    [InlineData("yeah I think so")]
    public void Recognize_Yes_ReturnsTrue(string utterance) => Assert.True(ConfirmRecognizer.Recognize(utterance));

    [Theory]
    [InlineData("no")]
    [InlineData("NO!!")]
    [InlineData("nooo")]
    [InlineData("nah")]
    [InlineData("nope")]
    [InlineData("no thanks")]
    [InlineData("no thank you")]
    [InlineData("not really")]
    [InlineData("not ok")]
    [InlineData("not okay")]
    [InlineData("n")]
    [InlineData("👎")]
    [InlineData("nah I'm ok")]
    public void Recognize_No_ReturnsFalse(string utterance) => Assert.False(ConfirmRecognizer.Recognize(utterance));

    [Theory]
    [InlineData("")]
    [InlineData("banana")]
    [InlineData("not sure")]
    [InlineData("dunno")]
    [InlineData("I don't know")]
    [InlineData("maybe")]
    [InlineData("know")]
    [InlineData("nothing")]
    [InlineData("yesterday")]
    public void Recognize_NeitherYesNorNo_ReturnsNull(string utterance) => Assert.Null(ConfirmRecognizer.Recognize(utterance));

    [Fact]
    public void Recognize_NotOk_BeatsOkByTokenCount() => Assert.False(ConfirmRecognizer.Recognize("not ok"));

    [Theory]
    [InlineData("yes no")]
    [InlineData("no one believes me")]
    [InlineData("ok so he said he would post it")]
    [InlineData("dont")]
    [InlineData("i dont know what to do")]
    [InlineData("yeah but he keeps messaging me")]
    public void Recognize_SentenceThatOnlyContainsYesOrNo_ReturnsNull(string utterance) => Assert.Null(ConfirmRecognizer.Recognize(utterance));
}
