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
    public void Route_ATopicBelowTheThreshold_ButWellAheadOfEverythingElse_OpensItsFlow()
    {
        var understood = Scored("someone is spreading lies about me on tiktok", ("bullying", 0.18), ("parent-bullying", 0.12));

        Assert.Equal(new RoutedIntent(FlowIds.Bullying, true), _routes.Route(understood));
    }

    [Fact]
    public void Route_ATopicsLabelsTogether_WellAheadOfEverythingElse_OpenTheTopicsFlow()
    {
        var understood = Scored("some kids made a group to laugh at me", ("bullying", 0.17), ("exploitation", 0.15), ("bullying-continues", 0.12), ("parent-bullying", 0.1));

        Assert.Equal(new RoutedIntent(FlowIds.Bullying, true), _routes.Route(understood));
    }

    [Fact]
    public void Route_TwoTopicsClose_EvenWithOthersBehindThem_IsNotATopic()
    {
        var understood = Scored("a message", ("bullying", 0.17), ("grooming", 0.15), ("image-request", 0.05), ("menu", 0.05));

        Assert.Equal(new RoutedIntent(null, false), _routes.Route(understood));
    }

    [Theory]
    [InlineData("bullying", 0.18, "grooming", 0.16)]
    [InlineData("bullying", 0.1, "menu", 0.01)]
    [InlineData("question-real-person", 0.18, "bullying", 0.05)]
    public void Route_AWeakOrCloseLead_IsNotATopic(string best, double bestScore, string next, double nextScore)
    {
        Assert.Equal(new RoutedIntent(null, false), _routes.Route(Scored("a message", (best, bestScore), (next, nextScore))));
    }

    [Fact]
    public void Route_CountyLinesFromAYoungPerson_HasNoFlowOfItsOwnYet()
    {
        Assert.Equal(new RoutedIntent(null, false), _routes.Route(Understood("they want me to run a bag to another town", "exploitation")));
    }

    private static RecognizerResult Scored(string text, params (string Intent, double Score)[] intents) => new()
    {
        Text = text,
        AlteredText = text,
        Intents = intents.ToDictionary(i => i.Intent, i => new IntentScore(i.Score, RecognitionSource.Model)),
    };

    private static RecognizerResult Understood(string text, string intent) => new()
    {
        Text = text,
        AlteredText = text,
        Intents = new Dictionary<string, IntentScore> { [intent] = new(0.6, RecognitionSource.Model) },
    };
}
