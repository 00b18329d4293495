using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs.Tests.Prompts;

public sealed class TypedPromptTests
{
    private static async Task<(DialogTestClient Client, Activity Reply)> AnswerAsync(Dialog prompt, PromptOptions options, string answer)
    {
        var client = new DialogTestClient(Channels.Test, PromptTestDialogs.Asking(prompt, options));
        await client.SendActivityAsync<Activity>("hi");
        return (client, (await client.SendActivityAsync<Activity>(answer))!);
    }

    [Theory]
    [InlineData("bullying", "You said: Bullying (0)")]
    [InlineData("it's about online safety", "You said: Online safety (1)")]
    [InlineData("the last one", "You said: Something else (2)")]
    [InlineData("2", "You said: Online safety (1)")]
    public async Task ChoicePrompt_Answer_ReturnsFoundChoice(string answer, string expected)
    {
        var (_, reply) = await AnswerAsync(new ChoicePrompt("topic"), Flows.Ask("What's it about?", choices: Flows.Topics), answer);

        Assert.Equal(expected, reply.Text);
    }

    [Theory]
    [InlineData("yeah", "You said: true")]
    [InlineData("Yesss!", "You said: true")]
    [InlineData("deffo", "You said: true")]
    [InlineData("👍", "You said: true")]
    [InlineData("nah", "You said: false")]
    [InlineData("no thanks", "You said: false")]
    [InlineData("not ok", "You said: false")]
    [InlineData("1", "You said: true")]
    [InlineData("first", "You said: true")]
    [InlineData("2", "You said: false")]
    [InlineData("not sure", "Please say yes or no.")]
    [InlineData("3", "Please say yes or no.")]
    public async Task ConfirmPrompt_Answer_ReturnsBoolOrRetries(string answer, string expected)
    {
        var (_, reply) = await AnswerAsync(new ConfirmPrompt("confirm"), Flows.Ask("Do you want to talk about it?", "Please say yes or no."), answer);

        Assert.Equal(expected, reply.Text);
    }

    [Fact]
    public async Task ConfirmPrompt_Prompt_ShowsYesAndNoButtons()
    {
        var client = new DialogTestClient(Channels.WebChat, PromptTestDialogs.Asking(new ConfirmPrompt("confirm"), Flows.Ask("Do you want to talk about it?")));

        var prompt = await client.SendActivityAsync<Activity>("hi");

        Assert.Equal("Do you want to talk about it?", prompt!.Text);
        Assert.Equal(["Yes", "No"], prompt.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Theory]
    [InlineData("14", "You said: 14")]
    [InlineData("I'm 14", "You said: 14")]
    [InlineData("fourteen", "You said: 14")]
    [InlineData("twenty one", "You said: 21")]
    [InlineData("1.5", "Please type a whole number.")]
    [InlineData("not telling", "Please type a whole number.")]
    [InlineData("99999999999", "Please type a whole number.")]
    public async Task NumberPrompt_Int_ReturnsNumberOrRetries(string answer, string expected)
    {
        var (_, reply) = await AnswerAsync(new NumberPrompt<int>("age"), Flows.Ask("How old are you?", "Please type a whole number."), answer);

        Assert.Equal(expected, reply.Text);
    }

    [Fact]
    public async Task NumberPrompt_Decimal_KeepsFraction()
    {
        var (client, _) = await AnswerAsync(new NumberPrompt<decimal>("hours"), Flows.Ask("How many hours?"), "1.5");

        Assert.Equal(1.5m, client.DialogTurnResult!.Result);
    }

    [Theory]
    [InlineData("Sam", "You said: Sam")]
    [InlineData("  ", "What should I call you?")]
    public async Task TextPrompt_Answer_ReturnsTextOrRetries(string answer, string expected)
    {
        var (_, reply) = await AnswerAsync(new TextPrompt("name"), Flows.Ask("What should I call you?"), answer);

        Assert.Equal(expected, reply.Text);
    }

    [Fact]
    public async Task TextPrompt_TeamsMention_IsRemovedFromAnswer()
    {
        var client = new DialogTestClient(Channels.MsTeams, PromptTestDialogs.Asking(new TextPrompt("name"), Flows.Ask("Name?")), conversationType: "groupChat");
        await client.SendActivityAsync<Activity>("hi");
        var mention = new Mention(client.Adapter.Bot, "<at>Bot</at>");
        var activity = client.Adapter.MakeActivity("<at>Bot</at> Sam") with { Entities = [mention.ToEntity()] };

        var reply = await client.SendActivityAsync<Activity>(activity);

        Assert.Equal("You said: Sam", reply!.Text);
    }
}
