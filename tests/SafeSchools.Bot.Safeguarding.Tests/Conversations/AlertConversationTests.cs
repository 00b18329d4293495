using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Safeguarding.Conversations;

namespace SafeSchools.Bot.Safeguarding.Tests.Conversations;

public sealed class AlertConversationTests
{
    private const string DangerLine = "If you're in danger right now, call 999";

    [Fact]
    public async Task UncertainAlert_AsksAShortQuestion_YesShowsTheFullGuidance()
    {
        var conversation = new BotConversation(Channels.Emulator);

        var question = await conversation.SayAsync("i dont feel safe");
        var yes = await conversation.SayAsync("yeah");

        Assert.Equal(["Yes", "No"], question.Buttons());
        Assert.Contains("?", question[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("**" + DangerLine, yes[0].Text, StringComparison.Ordinal);
        Assert.Contains("register", yes.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UncertainAlert_No_CarriesOnWhereTheUserWas()
    {
        var conversation = new BotConversation();
        await conversation.StartAsync();
        await conversation.SayAllAsync("I'm a young person", "I'm being bullied");

        await conversation.SayAsync("i dont feel safe");
        var no = await conversation.SayAsync("no");
        var next = await conversation.SayAsync("Online");

        Assert.Contains(DangerLine, no.AllText(), StringComparison.Ordinal);
        Assert.Equal(ConversationText.CarryOn, no[^1].Text);
        Assert.Contains("Block and report", next.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CertainAlert_ThatIsAlsoAnImageTopic_OpensTheJourneyAtItsFirstQuestion_WithOne999Line()
    {
        const string Message = "they said theyll send my nudes to everyone unless i pay them";
        var conversation = new BotConversation(Channels.Emulator, intents: new Dictionary<string, string> { [Message] = "sextortion" });

        var replies = await conversation.SayAsync(Message);

        Assert.Equal(FlowIds.ImageRequest, conversation.LastTrace!.Flow);
        Assert.Contains("sextortion", conversation.LastTrace.Alerts);
        Assert.Contains("pay", replies[0].Text, StringComparison.OrdinalIgnoreCase);
        var question = replies.Where(r => r.Type == ActivityTypes.Message).Last();
        Assert.EndsWith("?", question.Text, StringComparison.Ordinal);
        Assert.NotEmpty(replies.Buttons());
        Assert.Equal(1, replies.Count(r => r.Text?.Contains("999", StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task CertainDangerAlert_WithATopic_StaysOnKeepingSafe_NoJourneyQuestion()
    {
        const string Message = "some lads said theyre going to stab me after school";
        var conversation = new BotConversation(Channels.Emulator, intents: new Dictionary<string, string> { [Message] = "bullying" });

        var replies = await conversation.SayAsync(Message);

        Assert.Contains("immediate-danger", conversation.LastTrace!.Alerts);
        Assert.Null(conversation.LastTrace.Flow);
        Assert.DoesNotContain(replies, r => r.Text?.Contains("online, in person, or both?", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task CertainAbuseAlert_FromAYoungPerson_OpensNoJourney()
    {
        const string Message = "my uncle touches me and said not to tell";
        var conversation = new BotConversation(Channels.Emulator, intents: new Dictionary<string, string> { [Message] = "grooming" });

        await conversation.SayAsync(Message);

        Assert.Contains("abuse-disclosure", conversation.LastTrace!.Alerts);
        Assert.Null(conversation.LastTrace.Flow);
    }

    [Fact]
    public async Task CertainAlert_MidFlow_ReplyComesFirstThenAnOfferToCarryOn_AndTheQuestionStillTakesItsAnswer()
    {
        var conversation = new BotConversation(Channels.Emulator);
        await conversation.StartAsync();
        await conversation.SayAllAsync("I'm a young person", "I'm being bullied");

        var alert = await conversation.SayAsync("they said theyll send my nudes to everyone unless i pay them");
        var alertTrace = conversation.LastTrace;
        var next = await conversation.SayAsync("Online");

        Assert.Contains("sextortion", alertTrace!.Alerts);
        Assert.Contains("pay", alert[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("CEOP", alert.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("screenshot", alert.AllText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ConversationText.CarryOn, alert[^1].Text);
        Assert.Contains("Block and report", next.AllText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my daughter has been cutting herself", "Thank you for telling me. This is frightening")]
    [InlineData("my son is being blackmailed with nudes and they want money", "It's not your child's fault")]
    public async Task CertainAlert_FromAParent_IsWordedForTheParent_NotTheChild(string message, string parentWording)
    {
        var conversation = new BotConversation();
        await conversation.StartAsync(new { audience = "parent" });

        var replies = await conversation.SayAsync(message);

        var text = replies.AllText();
        Assert.Contains(parentWording, text, StringComparison.Ordinal);
        Assert.DoesNotContain("You matter", text, StringComparison.Ordinal);
        Assert.StartsWith("**If", replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedAlerts_NeverTrapTheUser_MenuStillWorks()
    {
        var conversation = new BotConversation();

        await conversation.SayAsync("i dont feel safe");
        await conversation.SayAsync("i dont feel safe");
        var menu = await conversation.SayAsync("menu");

        Assert.Contains("I'm being bullied", menu.Buttons());
    }
}
