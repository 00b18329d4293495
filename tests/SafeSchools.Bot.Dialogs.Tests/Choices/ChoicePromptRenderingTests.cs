using System.Text.Json;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs.Tests.Prompts;

namespace SafeSchools.Bot.Dialogs.Tests.Choices;

public sealed class ChoicePromptRenderingTests
{
    private static DialogTestClient Client(string channelId, string? conversationType = null) =>
        new(channelId, PromptTestDialogs.Asking(new ChoicePrompt("topic"), Flows.Ask("What's it about?", "Pick one please.", Flows.Topics)), conversationType: conversationType);

    [Fact]
    public async Task ChoicePrompt_Emulator_ShowsSuggestedActionsForTheUser()
    {
        var reply = await Client(Channels.Emulator).SendActivityAsync<Activity>("hi");

        Assert.Equal("What's it about?", reply!.Text);
        Assert.Equal(InputHints.ExpectingInput, reply.InputHint);
        Assert.Equal(["user-1"], reply.SuggestedActions!.To);
        Assert.Equal(["Bullying", "Online safety", "Something else"], reply.SuggestedActions.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task ChoicePrompt_TeamsGroupChat_ShowsHeroCardOnPromptAndRetry()
    {
        var client = Client(Channels.MsTeams, "groupChat");

        var prompt = await client.SendActivityAsync<Activity>("hi");
        var retry = await client.SendActivityAsync<Activity>("pizza");

        Assert.Equal("What's it about?", ButtonsCard(prompt!).GetProperty("text").GetString());
        Assert.Equal("Pick one please.", ButtonsCard(retry!).GetProperty("text").GetString());
    }

    [Fact]
    public async Task ChoicePrompt_TeamsPersonal_ShowsSuggestedActions()
    {
        var reply = await Client(Channels.MsTeams, "personal").SendActivityAsync<Activity>("hi");

        Assert.Equal(3, reply!.SuggestedActions!.Actions.Count);
    }

    [Fact]
    public async Task ChoicePrompt_UnknownChannel_ShowsNumberedListAndAcceptsNumber()
    {
        var client = Client("sms");

        var prompt = await client.SendActivityAsync<Activity>("hi");
        var answer = await client.SendActivityAsync<Activity>("3");

        Assert.Equal("What's it about?\n\n1. Bullying\n2. Online safety\n3. Something else", prompt!.Text);
        Assert.Equal("You said: Something else (2)", answer!.Text);
    }

    [Fact]
    public async Task ChoicePrompt_StyleInOptions_OverridesAuto()
    {
        var options = Flows.Ask("What's it about?", choices: Flows.Topics) with { Style = ListStyle.List };
        var client = new DialogTestClient(Channels.WebChat, PromptTestDialogs.Asking(new ChoicePrompt("topic"), options));

        var reply = await client.SendActivityAsync<Activity>("hi");

        Assert.Null(reply!.SuggestedActions);
        Assert.StartsWith("What's it about?\n\n1. Bullying", reply.Text, StringComparison.Ordinal);
    }

    // Replies are read back from dialog state after the first turn, so the card is checked as the channel gets it: JSON.
    private static JsonElement ButtonsCard(Activity reply)
    {
        Assert.Null(reply.SuggestedActions);
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal(HeroCard.ContentType, attachment.ContentType);
        var card = JsonSerializer.SerializeToElement(attachment.Content, BotJson.Options);
        Assert.All(card.GetProperty("buttons").EnumerateArray(), b => Assert.Equal(ActionTypes.ImBack, b.GetProperty("type").GetString()));
        Assert.Equal(["Bullying", "Online safety", "Something else"], card.GetProperty("buttons").EnumerateArray().Select(b => b.GetProperty("title").GetString()));
        return card;
    }
}
