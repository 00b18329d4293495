using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Safeguarding.Conversations;

namespace SafeSchools.Bot.Safeguarding.Tests.Conversations;

public sealed class DangerLineOncePerTurnTests
{
    private const string DangerLine = "If you're in danger right now, call 999";

    [Fact]
    public async Task ACheckThenAFlowInOneTurn_Show999OnlyInTheFirstMessage()
    {
        var conversation = new BotConversation(intents: new Dictionary<string, string> { ["i dont feel safe"] = "bullying" });

        var replies = await conversation.SayAsync("i dont feel safe");

        Assert.True(replies.Count > 1);
        Assert.Contains("999", replies[0].Text, StringComparison.Ordinal);
        Assert.All(replies.Skip(1), r => Assert.DoesNotContain(DangerLine, r.Text ?? string.Empty, StringComparison.Ordinal));
        Assert.Contains("It's not your fault", replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACheckThenATopicsAdvice_DoesNotSendAMessageThatOnlyRepeatsThe999Line()
    {
        var conversation = new BotConversation(intents: new Dictionary<string, string> { ["i dont feel safe, someone made a fake tiktok of me"] = "bullying" });

        var replies = await conversation.SayAsync("i dont feel safe, someone made a fake tiktok of me");

        Assert.Equal(1, replies.Count(Carries999));
        Assert.Contains("Block and report", replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APossibleDanger_WhoseAnswerIsAboutDanger_GetsTheAnswerAlone_With999Once()
    {
        var conversation = new BotConversation(intents: new Dictionary<string, string> { ["i dont feel safe"] = "followup-cant-speak" });

        var replies = await conversation.SayAsync("i dont feel safe");

        Assert.Contains("55", replies.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Are you in danger right now?", replies.AllText(), StringComparison.Ordinal);
        Assert.Equal(1, replies.Count(Carries999));
    }

    [Fact]
    public async Task APossibleDanger_InAnOkIllDoThat_GetsTheDangerTopicsKeyPointsAlone_With999Once()
    {
        var conversation = new BotConversation(intents: new Dictionary<string, string>
        {
            ["ok i rang them theyre coming"] = "will-do|possible:immediate-danger",
        });
        await conversation.StartAsync();
        await conversation.SayAllAsync("I'm a young person", "I'm being bullied");

        var replies = await conversation.SayAsync("ok i rang them theyre coming");

        Assert.Contains("Can't speak", replies.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Are you in danger right now?", replies.AllText(), StringComparison.Ordinal);
        Assert.Equal(1, replies.Count(Carries999));
    }

    [Fact]
    public async Task APossibleSelfHarm_NotOtherwiseUnderstood_IsStillAskedAbout()
    {
        var conversation = new BotConversation(intents: new Dictionary<string, string> { ["its all a bit much"] = "possible:self-harm" });
        await conversation.StartAsync();

        var replies = await conversation.SayAsync("its all a bit much");

        Assert.Contains("Are you thinking about hurting yourself?", replies.AllText(), StringComparison.Ordinal);
        Assert.True(replies.Count(Carries999) <= 1);
    }

    [Fact]
    public async Task ACheckThenContactCards_TheCardsLeaveOutTheir999Line_ButAreStillShown()
    {
        var conversation = new BotConversation(intents: new Dictionary<string, string> { ["i dont feel safe"] = "question-support-for-parents" });

        var replies = await conversation.SayAsync("i dont feel safe");

        Assert.Contains(replies.Cards(), card => card.Title == "NSPCC helpline");
        Assert.Equal(1, replies.Count(Carries999));
        Assert.Contains("999", replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContactCardsWithNoEarlier999_KeepTheirLine()
    {
        var conversation = new BotConversation(intents: new Dictionary<string, string> { ["who helps parents like me"] = "question-support-for-parents" });

        var replies = await conversation.SayAsync("who helps parents like me");

        Assert.Contains(replies.Cards(), card => card.Title == "NSPCC helpline" && card.Text!.Contains("999", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATurnWithOneMessage_KeepsItsLine()
    {
        var conversation = new BotConversation();
        await conversation.StartAsync();
        await conversation.SayAsync("I'm a young person");

        var replies = await conversation.SayAsync("stop");

        Assert.Contains(DangerLine, replies.AllText(), StringComparison.Ordinal);
    }

    private static bool Carries999(Activity reply) => new[] { reply }.AllText().Contains("999", StringComparison.Ordinal);

    [Theory]
    [InlineData("If their friend is in danger right now, call 999. Childline can help.", "Childline can help.")]
    [InlineData("Hello. Call 999 too if you think a child is in immediate danger.", "Hello.")]
    [InlineData("**If you're in danger right now, call 999.**\n\nHi there.", "Hi there.")]
    [InlineData("Hi. If you think a child is in immediate danger, call the police on 999. Then this.", "Hi. Then this.")]
    [InlineData("Press 55 after dialling 999.", "Press 55 after dialling 999.")]
    public void WithoutDangerLine_RemovesOnlyTheStandardLines(string text, string expected) =>
        Assert.Equal(expected, DangerLineOncePerTurnMiddleware.WithoutDangerLine(text));
}
