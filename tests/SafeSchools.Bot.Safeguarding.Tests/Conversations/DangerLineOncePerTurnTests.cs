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
    public async Task ATurnWithOneMessage_KeepsItsLine()
    {
        var conversation = new BotConversation();
        await conversation.StartAsync();
        await conversation.SayAsync("I'm a young person");

        var replies = await conversation.SayAsync("stop");

        Assert.Contains(DangerLine, replies.AllText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("**If you're in danger right now, call 999.**\n\nHi there.", "Hi there.")]
    [InlineData("Hi. If you think a child is in immediate danger, call the police on 999. Then this.", "Hi. Then this.")]
    [InlineData("Press 55 after dialling 999.", "Press 55 after dialling 999.")]
    public void WithoutDangerLine_RemovesOnlyTheStandardLines(string text, string expected) =>
        Assert.Equal(expected, DangerLineOncePerTurnMiddleware.WithoutDangerLine(text));
}
