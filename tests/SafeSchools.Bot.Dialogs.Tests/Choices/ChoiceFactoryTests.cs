using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs.Tests.Choices;

public sealed class ChoiceFactoryTests
{
    private static readonly Choice[] Three = [new("Bullying"), new("Online safety"), new("Something else")];
    private static readonly Choice[] Four = [.. Three, new("Talk to someone")];

    private static Activity Incoming(string channelId, string? conversationType = null) =>
        new TestAdapter(channelId, conversationType).MakeActivity("hi");

    [Theory]
    [InlineData(Channels.Emulator)]
    [InlineData(Channels.WebChat)]
    [InlineData(Channels.DirectLine)]
    [InlineData(Channels.Test)]
    public void ForChannel_SuggestedActionChannels_SendsImBackButtonsToTheUser(string channelId)
    {
        var reply = ChoiceFactory.ForChannel(Incoming(channelId), Four, "What's it about?");

        Assert.Equal("What's it about?", reply.Text);
        Assert.All(reply.SuggestedActions!.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.Equal(["Bullying", "Online safety", "Something else", "Talk to someone"], reply.SuggestedActions.Actions.Select(a => a.Title));
        Assert.Equal(["Bullying", "Online safety", "Something else", "Talk to someone"], reply.SuggestedActions.Actions.Select(a => a.Value));
        Assert.Equal(["user-1"], reply.SuggestedActions.To);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public void ForChannel_TeamsPersonalWithThreeChoices_SendsSuggestedActions()
    {
        var reply = ChoiceFactory.ForChannel(Incoming(Channels.MsTeams, "personal"), Three, "What's it about?");

        Assert.Equal(3, reply.SuggestedActions!.Actions.Count);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public void ForChannel_TeamsPersonalWithFourChoices_SendsHeroCardOfImBackButtons()
    {
        var reply = ChoiceFactory.ForChannel(Incoming(Channels.MsTeams, "personal"), Four, "What's it about?");

        var card = AssertHeroCard(reply);
        Assert.Equal("What's it about?", card.Text);
        Assert.Equal(4, card.Buttons!.Count);
        Assert.All(card.Buttons, b => Assert.Equal(ActionTypes.ImBack, b.Type));
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    [InlineData(null)]
    public void ForChannel_TeamsOutsidePersonalChat_SendsHeroCard(string? conversationType)
    {
        var reply = ChoiceFactory.ForChannel(Incoming(Channels.MsTeams, conversationType), Three, "What's it about?");

        Assert.Equal(["Bullying", "Online safety", "Something else"], AssertHeroCard(reply).Buttons!.Select(b => b.Title));
    }

    [Fact]
    public void AppendChoices_TeamsPersonalPromptWithAttachment_AddsHeroCardInstead()
    {
        var picture = new Attachment { ContentType = "image/png", ContentUrl = "https://example.invalid/a.png" };
        var prompt = Activity.CreateMessage("Which one?") with { Attachments = [picture] };

        var reply = ChoiceFactory.AppendChoices(prompt, Incoming(Channels.MsTeams, "personal"), Three, ListStyle.Auto);

        Assert.Null(reply.SuggestedActions);
        Assert.Equal(2, reply.Attachments!.Count);
        Assert.Equal(HeroCard.ContentType, reply.Attachments[1].ContentType);
    }

    [Theory]
    [InlineData(Channels.MsTeams, "personal")]
    [InlineData(Channels.MsTeams, "groupChat")]
    public void ForChannel_Teams_NeverGetsCallActions(string channelId, string conversationType)
    {
        Choice[] choices = [new("Childline") { Action = CardAction.Call("Call Childline", "0800 1111") }, new("Menu")];

        var reply = ChoiceFactory.ForChannel(Incoming(channelId, conversationType), choices, "Who do you want?");

        var actions = reply.SuggestedActions?.Actions ?? AssertHeroCard(reply).Buttons!;
        Assert.DoesNotContain(actions, a => a.Type == ActionTypes.Call);
        Assert.Equal(["Call Childline", "Menu"], actions.Select(a => a.Title));
    }

    [Fact]
    public void ForChannel_WebChatCallAction_IsKept()
    {
        Choice[] choices = [new("Childline") { Action = CardAction.Call("Call Childline", "0800 1111") }];

        var reply = ChoiceFactory.ForChannel(Incoming(Channels.WebChat), choices, "Who?");

        var action = Assert.Single(reply.SuggestedActions!.Actions);
        Assert.Equal(ActionTypes.Call, action.Type);
        Assert.Equal("tel:08001111", action.Value);
    }

    [Theory]
    [InlineData("sms")]
    [InlineData("slack")]
    [InlineData("email")]
    public void ForChannel_OtherChannels_SendsNumberedList(string channelId)
    {
        var reply = ChoiceFactory.ForChannel(Incoming(channelId), Three, "What's it about?");

        Assert.Equal("What's it about?\n\n1. Bullying\n2. Online safety\n3. Something else", reply.Text);
        Assert.Null(reply.SuggestedActions);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public void AppendChoices_InlineStyle_ListsChoicesInTheText()
    {
        var reply = ChoiceFactory.AppendChoices(Activity.CreateMessage("Pick one:"), Incoming(Channels.Test), Three, ListStyle.Inline);

        Assert.Equal("Pick one: (1) Bullying, (2) Online safety or (3) Something else", reply.Text);
    }

    [Fact]
    public void AppendChoices_NoneStyle_LeavesPromptAlone()
    {
        var prompt = Activity.CreateMessage("Pick one:");

        Assert.Same(prompt, ChoiceFactory.AppendChoices(prompt, Incoming(Channels.Test), Three, ListStyle.None));
    }

    private static HeroCard AssertHeroCard(Activity reply)
    {
        Assert.Null(reply.SuggestedActions);
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal(HeroCard.ContentType, attachment.ContentType);
        return Assert.IsType<HeroCard>(attachment.Content);
    }
}
