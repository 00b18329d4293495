using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Safeguarding.Content;
using SafeSchools.Bot.Safeguarding.Conversations;

namespace SafeSchools.Bot.Safeguarding.Tests.Conversations;

public sealed class FlowTranscriptTests
{
    private const string DangerLine = "If you're in danger right now, call 999";

    [Fact]
    public async Task Welcome_NewConversation_SaysWhoTheBotIsWithThe999LineFirstAndAsksWhoIsChatting()
    {
        var conversation = new BotConversation();

        var replies = await conversation.StartAsync();

        Assert.Contains(DangerLine, replies[0].Text, StringComparison.Ordinal);
        var text = replies.AllText();
        Assert.Contains("not a person", text, StringComparison.Ordinal);
        Assert.Contains("forget me", text, StringComparison.Ordinal);
        Assert.Equal(["I'm a young person", "I'm a parent or carer", "I'm in danger now"], replies.Buttons());
    }

    [Fact]
    public async Task Welcome_FromTheParentsPage_OpensTheWorriedParentFlow()
    {
        var conversation = new BotConversation();

        var replies = await conversation.StartAsync(new { audience = "parent" });

        Assert.Contains(DangerLine, replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(BotConversation.Content.GetFlow(FlowIds.WorriedParent).Steps.OfType<AskChoiceStep>().First().Choices.Select(c => c.Label), replies.Buttons());
    }

    [Fact]
    public async Task Welcome_FromTheYoungPeoplesPage_SaysWhoTheBotIsAndOffersTheTopics_WithoutAskingWhoIsChatting()
    {
        var conversation = new BotConversation();

        var replies = await conversation.StartAsync(new { audience = "young-person" });

        Assert.Contains(DangerLine, replies[0].Text, StringComparison.Ordinal);
        var text = replies.AllText();
        Assert.Contains("not a person", text, StringComparison.Ordinal);
        Assert.Contains("forget me", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Are you a young person", text, StringComparison.Ordinal);
        Assert.Contains("I'm being bullied", replies.Buttons());
    }

    [Fact]
    public async Task FromTheParentsPage_ATypedTopic_IsAnsweredForAParent()
    {
        var conversation = new BotConversation(intents: new Dictionary<string, string> { ["nudes"] = "image-request" });
        await conversation.StartAsync(new { audience = "parent" });

        var replies = await conversation.SayAsync("nudes");

        Assert.Contains("your child", replies.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("You can say no", replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bullying_OnlinePath_GivesNotYourFaultEvidenceAdviceAndChildlineWithChatAndCall()
    {
        var conversation = new BotConversation();
        await conversation.StartAsync();

        var opening = await conversation.SayAllAsync("I'm a young person", "I'm being bullied");
        var advice = await conversation.SayAsync("Online");

        Assert.Contains(DangerLine, opening[0].Text, StringComparison.Ordinal);
        Assert.Contains("It's not your fault", opening.AllText(), StringComparison.Ordinal);
        var text = advice.AllText();
        Assert.Contains("Block and report", text, StringComparison.Ordinal);
        Assert.Contains("Never screenshot or save a nude image", text, StringComparison.Ordinal);
        Assert.Contains("Tell an adult you trust", text, StringComparison.Ordinal);
        var childline = Assert.Single(advice.Cards(), c => c.Title == "Childline");
        Assert.Contains(childline.Buttons!, b => b.Type == ActionTypes.Call && (string?)b.Value == "tel:08001111");
        Assert.Contains(childline.Buttons!, b => b.Type == ActionTypes.OpenUrl && ((string?)b.Value)!.Contains("1-2-1-counsellor-chat", StringComparison.Ordinal));
        Assert.All(advice.Cards(), c => Assert.DoesNotContain(DangerLine, c.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Handoff_OnTeams_HasNoCallButtonsButShowsTheNumber()
    {
        var conversation = new BotConversation(Channels.MsTeams, "personal");
        await conversation.StartAsync();

        var replies = await conversation.SayAllAsync("I'm a young person", "I'm being bullied", "Online");

        var childline = Assert.Single(replies.Cards(), c => c.Title == "Childline");
        Assert.DoesNotContain(replies.Cards().SelectMany(c => c.Buttons ?? []), b => b.Type == ActionTypes.Call);
        Assert.Contains("0800 1111", childline.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_MidFlow_ExplainsThenAsksTheSameQuestionAgain()
    {
        var conversation = new BotConversation();
        await conversation.StartAsync();
        var question = await conversation.SayAllAsync("I'm a young person", "I'm being bullied");

        var help = await conversation.SayAsync("help");

        Assert.Contains("forget me", help.AllText(), StringComparison.Ordinal);
        Assert.Equal(question[^1].Text, help[^1].Text);
        Assert.Equal(question.Buttons(), help.Buttons());
    }

    [Fact]
    public async Task Misses_AreWarmNeverTheSameTwiceInARow_AndTheSecondOffersAPerson()
    {
        var conversation = new BotConversation();
        await conversation.StartAsync();
        var question = await conversation.SayAllAsync("I'm a young person", "I'm being bullied");

        var first = await conversation.SayAsync("purple");
        var second = await conversation.SayAsync("banana");
        var third = await conversation.SayAsync("zzz");
        var answered = await conversation.SayAsync("Online");

        Assert.DoesNotContain("didn't understand", first.AllText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(question.Buttons(), first.Buttons());
        Assert.Contains("Childline", second.AllText(), StringComparison.Ordinal);
        Assert.NotEqual(first.AllText(), second.AllText());
        Assert.NotEqual(second.AllText(), third.AllText());
        Assert.NotEqual(first[0].Text, third[0].Text);
        Assert.Contains("Block and report", answered.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_EndsTheFlowAndSaysHowToComeBack()
    {
        var conversation = new BotConversation();
        await conversation.StartAsync();
        await conversation.SayAllAsync("I'm a young person", "I'm being bullied");

        var stopped = await conversation.SayAsync("stop");
        var next = await conversation.SayAsync("Online");

        Assert.Contains("I've stopped", stopped.AllText(), StringComparison.Ordinal);
        Assert.Contains(DangerLine, stopped.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Block and report", next.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgetMe_DeletesTheStoredConversationAndSaysSo()
    {
        var conversation = new BotConversation();
        await conversation.StartAsync();
        await conversation.SayAllAsync("I'm a young person", "I'm being bullied");
        Assert.NotEmpty(await conversation.Storage.ReadAsync(["test/conversations/conversation-1"]));

        var replies = await conversation.SayAsync("forget me");

        Assert.Contains("deleted", replies.AllText(), StringComparison.Ordinal);
        Assert.Empty(await conversation.Storage.ReadAsync(["test/conversations/conversation-1"]));
    }

    [Fact]
    public async Task DangerNow_AtAnyStep_ShowsEmergencyGuidanceFirst()
    {
        var conversation = new BotConversation();
        await conversation.StartAsync();
        await conversation.SayAllAsync("I'm a young person", "I'm being bullied");

        var replies = await conversation.SayAsync("I'm in danger now");

        Assert.StartsWith("**" + DangerLine, replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("register", replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstMessage_NothingUnderstood_OffersTheTopicsWarmly()
    {
        var conversation = new BotConversation();

        var replies = await conversation.SayAsync("purple monkey dishwasher");

        Assert.DoesNotContain("didn't understand", replies.AllText(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("I'm being bullied", replies.Buttons());
    }

    [Fact]
    public async Task FirstMessage_RouterConfident_StartsThatFlowAndTracesTheIntent()
    {
        var conversation = new BotConversation(Channels.Emulator, router: _ => new RoutedIntent(FlowIds.Bullying, true));

        var replies = await conversation.SayAsync("people keep sending me horrible messages");

        Assert.Contains("It's not your fault", replies.AllText(), StringComparison.Ordinal);
        Assert.NotNull(conversation.LastTrace);
        Assert.Equal(FlowIds.Bullying, conversation.LastTrace.Intent);
        Assert.Equal(FlowIds.Bullying, conversation.LastTrace.Flow);
        Assert.Empty(conversation.LastTrace.Alerts);
    }

    [Fact]
    public async Task AnswerNamingAnotherTopic_SwitchesToThatTopic()
    {
        IntentRouting router = understood => understood.Text.Contains("nudes", StringComparison.Ordinal) ? new RoutedIntent(FlowIds.ImageRequest, true) : new RoutedIntent(null, false);
        var conversation = new BotConversation(router: router);
        await conversation.StartAsync();
        await conversation.SayAllAsync("I'm a young person", "I'm being bullied");

        var replies = await conversation.SayAsync("actually a boy keeps asking me for nudes");

        Assert.Contains("You never have to send", replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnWords_AtTheWelcome_PickTheOptionTheyMean()
    {
        var conversation = new BotConversation(intents: new Dictionary<string, string> { ["parent here"] = "i-am-parent" });
        await conversation.StartAsync();

        var replies = await conversation.SayAsync("parent here");

        Assert.Equal(BotConversation.Content.GetFlow(FlowIds.WorriedParent).Steps.OfType<AskChoiceStep>().First().Choices.Select(c => c.Label), replies.Buttons());
    }

    [Theory]
    [InlineData("im 14")]
    [InlineData("14")]
    public async Task AnAge_AtTheWelcome_IsAYoungPerson(string text)
    {
        var conversation = new BotConversation();
        await conversation.StartAsync();

        var replies = await conversation.SayAsync(text);

        Assert.Contains("I'm being bullied", replies.Buttons());
    }
}
