using SafeSchools.Bot.Safeguarding.Conversations;
using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Tests.Routing;

public sealed class TopicRoutesTests
{
    private readonly TopicRoutes _routes = new(threshold: 0.2);

    [Theory]
    [InlineData("i'm concerned my teenager is involved in county lines", "exploitation")]
    [InlineData("a man on fortnite keeps messaging my son", "grooming")]
    [InlineData("my daughter's ex is sharing a picture of her", "image-already-shared")]
    public void Route_AYoungPersonsTopicToldAboutTheirOwnChild_GoesToTheParentsFlow(string text, string topic)
    {
        var routed = _routes.Route(Understood(text, topic));

        Assert.Equal(new RoutedIntent(FlowIds.WorriedParent, true), routed);
    }

    [Theory]
    [InlineData("me and my boy keep getting messages from a man on fortnite", "grooming", "image-request")]
    [InlineData("theyre always slagging me off in the group chat", "bullying", "bullying")]
    public void Route_AYoungPersonsOwnTopic_GoesToItsFlow(string text, string topic, string flow)
    {
        Assert.Equal(new RoutedIntent(flow, true), _routes.Route(Understood(text, topic)));
    }

    [Fact]
    public void Route_CountyLinesFromAYoungPerson_HasNoFlowOfItsOwnYet()
    {
        Assert.Equal(new RoutedIntent(null, false), _routes.Route(Understood("they want me to run a bag to another town", "exploitation")));
    }

    private static RecognizerResult Understood(string text, string intent) => new()
    {
        Text = text,
        AlteredText = text,
        Intents = new Dictionary<string, IntentScore> { [intent] = new(0.6, RecognitionSource.Model) },
    };
}
