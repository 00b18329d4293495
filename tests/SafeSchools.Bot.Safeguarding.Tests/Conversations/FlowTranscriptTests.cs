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
        Assert.All(advice.Cards(), c => Assert.Contains(DangerLine, c.Text, StringComparison.Ordinal));
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
    public async Task Prompt_ThreeAnswersNotUnderstood_GivesUpGracefullyWithMenuAnd999()
    {
        var conversation = new BotConversation();
        await conversation.StartAsync();
        await conversation.SayAllAsync("I'm a young person", "I'm being bullied");

        var first = await conversation.SayAsync("purple");
        await conversation.SayAsync("banana");
        var last = await conversation.SayAsync("zzz");
        var after = await conversation.SayAsync("menu");

        Assert.Contains("didn't understand", first.AllText(), StringComparison.Ordinal);
        Assert.Contains("999", last.AllText(), StringComparison.Ordinal);
        Assert.Contains("Menu", last.Buttons());
        Assert.Contains("I'm being bullied", after.Buttons());
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
    public async Task FirstMessage_RouterUnsure_AsksWhichTopicRatherThanGuessing()
    {
        var conversation = new BotConversation();

        var replies = await conversation.SayAsync("hello");

        Assert.Contains("help with the right thing", replies.AllText(), StringComparison.Ordinal);
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

        Assert.Contains(BotConversation.Content.GetFlow(FlowIds.ImageRequest).Title, replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoiceByDistinctiveWord_Parent_PicksParentOrCarer()
    {
        var conversation = new BotConversation();
        await conversation.StartAsync();

        var replies = await conversation.SayAsync("parent");

        Assert.Equal(BotConversation.Content.GetFlow(FlowIds.WorriedParent).Steps.OfType<AskChoiceStep>().First().Choices.Select(c => c.Label), replies.Buttons());
    }
}
