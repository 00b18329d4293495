using SafeSchools.Bot.Safeguarding.Conversations;
using SafeSchools.Bot.Understanding;
using SafeSchools.Bot.Understanding.Features;

namespace SafeSchools.Bot.Safeguarding.Tests.Conversations;

public sealed class ServiceMentionsTests
{
    private static readonly ServiceMentions Mentions = new(BotConversation.Content.Services);

    [Theory]
    [InlineData("whats fearless", "fearless")]
    [InlineData("childline?", "childline")]
    [InlineData("is there a number for the nspcc", "nspcc-helpline")]
    [InlineData("how does report remove work with my phone?", "report-remove")]
    [InlineData("CEOP", "ceop")]
    public void AQuestionNamingAService_IsAnsweredWithThatServicesCard(string text, string serviceId)
    {
        var answer = Mentions.Find(Understood(text));

        Assert.NotNull(answer);
        Assert.Equal(serviceId, Assert.Single(answer.Services));
        Assert.Contains(BotConversation.Content.FindService(serviceId)!.Name, answer.YoungPerson.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("i just want him to stop it now, he wont leave me alone")]
    [InlineData("my dad started to shout and i went upstairs")]
    [InlineData("what should i do")]
    public void AMessageThatIsNotAQuestionAboutAService_GetsNoCard(string text) =>
        Assert.Null(Mentions.Find(Understood(text)));

    private static RecognizerResult Understood(string text) => new() { Text = text, AlteredText = TextFeaturizer.Normalize(text) };
}
