using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs.Tests.Prompts;

public sealed class PromptRetryTests
{
    [Fact]
    public async Task ContinueDialogAsync_NotUnderstood_SendsRetryPrompt()
    {
        var client = new DialogTestClient(Channels.Test, PromptTestDialogs.Asking(new ChoicePrompt("topic"), Flows.Ask("What's it about?", "Please pick a button.", Flows.Topics)));
        await client.SendActivityAsync<Activity>("hi");

        var reply = await client.SendActivityAsync<Activity>("pizza");

        Assert.Equal("Please pick a button.", reply!.Text);
        Assert.Equal(["Bullying", "Online safety", "Something else"], reply.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task ContinueDialogAsync_NoRetryPrompt_RepeatsPrompt()
    {
        var client = new DialogTestClient(Channels.Test, PromptTestDialogs.Asking(new NumberPrompt<int>("age"), Flows.Ask("How old are you?")));
        await client.SendActivityAsync<Activity>("hi");

        Assert.Equal("How old are you?", (await client.SendActivityAsync<Activity>("old enough"))!.Text);
    }

    [Fact]
    public async Task ContinueDialogAsync_MaxAttemptsReached_SendsGiveUpAndCancelsStack()
    {
        var client = new DialogTestClient(Channels.Test, PromptTestDialogs.Asking(new ChoicePrompt("topic"), Flows.Ask("What's it about?", "Please pick a button.", Flows.Topics)));
        await client.SendActivityAsync<Activity>("hi");

        var first = await client.SendActivityAsync<Activity>("pizza");
        var second = await client.SendActivityAsync<Activity>("chips");
        var third = await client.SendActivityAsync<Activity>("beans");

        Assert.Equal("Please pick a button.", first!.Text);
        Assert.Equal("Please pick a button.", second!.Text);
        Assert.Equal(Flows.GiveUpText, third!.Text);
        Assert.Null(client.GetNextReply());
        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task ContinueDialogAsync_AfterGiveUp_NextMessageStartsAfresh()
    {
        var client = new DialogTestClient(Channels.Test, PromptTestDialogs.Asking(new TextPrompt("name"), Flows.Ask("What should I call you?", maxAttempts: 1)));
        await client.SendActivityAsync<Activity>("hi");
        await client.SendActivityAsync<Activity>("   ");

        var reply = await client.SendActivityAsync<Activity>("hello");

        Assert.Equal("What should I call you?", reply!.Text);
    }

    [Fact]
    public async Task ContinueDialogAsync_GiveUpWithoutAppMessage_StillReplies()
    {
        var options = Flows.Ask("How old are you?", maxAttempts: 1) with { GiveUpPrompt = null };
        var client = new DialogTestClient(Channels.Test, PromptTestDialogs.Asking(new NumberPrompt<int>("age"), options));
        await client.SendActivityAsync<Activity>("hi");

        var reply = await client.SendActivityAsync<Activity>("no idea");

        Assert.Equal(Prompt<int>.DefaultGiveUpText, reply!.Text);
        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task ContinueDialogAsync_SuccessAfterRetries_ReturnsAnswer()
    {
        var client = new DialogTestClient(Channels.Test, PromptTestDialogs.Asking(new NumberPrompt<int>("age"), Flows.Ask("How old are you?", "A number please.")));
        await client.SendActivityAsync<Activity>("hi");
        await client.SendActivityAsync<Activity>("old");
        await client.SendActivityAsync<Activity>("older");

        var reply = await client.SendActivityAsync<Activity>("13");

        Assert.Equal("You said: 13", reply!.Text);
        Assert.Equal(13, client.DialogTurnResult!.Result);
    }

    [Fact]
    public async Task BeginDialogAsync_WithoutPromptOptions_Throws()
    {
        var dialog = new WaterfallDialog("bad", [(step, ct) => step.BeginDialogAsync("text", "not options", ct)]);
        var root = new ComponentDialog("root");
        root.AddDialog(dialog).AddDialog(new TextPrompt("text"));
        var client = new DialogTestClient(Channels.Test, root);

        await Assert.ThrowsAsync<ArgumentException>(() => client.SendActivityAsync<Activity>("hi"));
    }

    [Fact]
    public async Task BeginDialogAsync_MaxAttemptsBelowOne_Throws()
    {
        var client = new DialogTestClient(Channels.Test, PromptTestDialogs.Asking(new TextPrompt("name"), Flows.Ask("Name?", maxAttempts: 0)));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.SendActivityAsync<Activity>("hi"));
    }

    [Fact]
    public async Task Validator_Rejects_RetryPromptAndAttemptCountGrow()
    {
        var attempts = new List<int>();
        var prompt = new NumberPrompt<int>("age", (context, ct) =>
        {
            attempts.Add(context.AttemptCount);
            return Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value is >= 5 and <= 25);
        });
        var client = new DialogTestClient(Channels.Test, PromptTestDialogs.Asking(prompt, Flows.Ask("How old are you?", "Please give an age between 5 and 25.")));
        await client.SendActivityAsync<Activity>("hi");

        var retry = await client.SendActivityAsync<Activity>("99");
        var answer = await client.SendActivityAsync<Activity>("twelve");

        Assert.Equal("Please give an age between 5 and 25.", retry!.Text);
        Assert.Equal("You said: 12", answer!.Text);
        Assert.Equal([1, 2], attempts);
    }

    [Fact]
    public async Task Validator_RepliesItself_RetryPromptIsNotAlsoSent()
    {
        var prompt = new NumberPrompt<int>("age", async (context, ct) =>
        {
            if (context.Recognized.Value > 25)
            {
                await context.Context.SendActivityAsync("That seems a bit old for school!", ct);
                return false;
            }

            return context.Recognized.Succeeded;
        });
        var client = new DialogTestClient(Channels.Test, PromptTestDialogs.Asking(prompt, Flows.Ask("How old are you?", "Your age please.")));
        await client.SendActivityAsync<Activity>("hi");

        var reply = await client.SendActivityAsync<Activity>("40");

        Assert.Equal("That seems a bit old for school!", reply!.Text);
        Assert.Null(client.GetNextReply());
    }

    [Fact]
    public async Task ContinueDialogAsync_MiddlewareRepliedFirst_RetryPromptIsStillSent()
    {
        var client = new DialogTestClient(
            Channels.Test,
            PromptTestDialogs.Asking(new NumberPrompt<int>("age"), Flows.Ask("How old are you?", "Your age please.")),
            middlewares: [new ReplyFirstMiddleware()]);
        await client.SendActivityAsync<Activity>("hi");
        client.GetNextReply();

        var middlewareReply = await client.SendActivityAsync<Activity>("hmm");

        Assert.Equal("(middleware)", middlewareReply!.Text);
        Assert.Equal("Your age please.", client.GetNextReply()!.Text);
    }

    private sealed class ReplyFirstMiddleware : SafeSchools.Bot.Connector.IMiddleware
    {
        public async Task OnTurnAsync(SafeSchools.Bot.Connector.ITurnContext turnContext, SafeSchools.Bot.Connector.NextDelegate next, CancellationToken cancellationToken = default)
        {
            await turnContext.SendActivityAsync("(middleware)", cancellationToken);
            await next(cancellationToken);
        }
    }
}
