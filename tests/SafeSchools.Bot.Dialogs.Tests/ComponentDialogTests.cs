using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs.Tests;

public sealed class ComponentDialogTests
{
    [Theory]
    [InlineData("hi", "What's it about?")]
    [InlineData("bullying", "How old are you?")]
    [InlineData("14", "Shall I show you some help?")]
    public async Task OnContinueDialogAsync_HelpAtAnyStep_AnswersThenRepromptsSameStep(string lastAnswerBeforeHelp, string expectedReprompt)
    {
        var client = new DialogTestClient(Channels.Test, new HelpAndStopDialog());
        foreach (var text in new[] { "hi", "bullying", "14" }.TakeWhile(t => t != lastAnswerBeforeHelp).Append(lastAnswerBeforeHelp))
        {
            await client.SendActivityAsync<Activity>(text);
        }

        var help = await client.SendActivityAsync<Activity>("help");
        var reprompt = client.GetNextReply();

        Assert.Equal(HelpAndStopDialog.HelpText, help!.Text);
        Assert.Equal(expectedReprompt, reprompt!.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task OnContinueDialogAsync_AfterHelp_FlowResumesWhereItWas()
    {
        var client = new DialogTestClient(Channels.Test, new HelpAndStopDialog());
        await client.SendActivityAsync<Activity>("hi");
        await client.SendActivityAsync<Activity>("online safety");
        await client.SendActivityAsync<Activity>("?");
        client.GetNextReply();

        Assert.Equal("Shall I show you some help?", (await client.SendActivityAsync<Activity>("fifteen"))!.Text);
        Assert.Equal("Online safety, 15, no", (await client.SendActivityAsync<Activity>("nah"))!.Text);
    }

    [Fact]
    public async Task OnContinueDialogAsync_RepeatedHelp_DoesNotCountAsFailedAttempts()
    {
        var client = new DialogTestClient(Channels.Test, new HelpAndStopDialog());
        await client.SendActivityAsync<Activity>("hi");
        for (var i = 0; i < 4; i++)
        {
            await client.SendActivityAsync<Activity>("help");
            client.GetNextReply();
        }

        Assert.Equal("How old are you?", (await client.SendActivityAsync<Activity>("bullying"))!.Text);
    }

    [Fact]
    public async Task OnContinueDialogAsync_Stop_CancelsAndSaysSo()
    {
        var client = new DialogTestClient(Channels.Test, new HelpAndStopDialog());
        await client.SendActivityAsync<Activity>("hi");

        var reply = await client.SendActivityAsync<Activity>("stop");

        Assert.Equal(HelpAndStopDialog.StopText, reply!.Text);
        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult!.Status);
        Assert.Equal("What's it about?", (await client.SendActivityAsync<Activity>("hi again"))!.Text);
    }

    [Fact]
    public async Task EndComponentAsync_InnerFlowCompletes_OuterWaterfallGetsResult()
    {
        var outer = new WaterfallDialog("outer",
        [
            (step, ct) => step.BeginDialogAsync("component", null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"outer got: {step.Result}", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var root = new ComponentDialog("root");
        root.AddDialog(outer).AddDialog(Flows.ThreeStepComponent());
        var client = new DialogTestClient(Channels.Test, root);
        foreach (var text in new[] { "hi", "1", "12" })
        {
            await client.SendActivityAsync<Activity>(text);
        }

        await client.SendActivityAsync<Activity>("yes");

        Assert.Equal("outer got: Bullying, 12, yes", client.GetNextReply()!.Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task CancelAllDialogsAsync_InsideNestedComponent_CancelsOuterStackToo()
    {
        var outer = new WaterfallDialog("outer",
        [
            (step, ct) => step.BeginDialogAsync("inner", null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("outer should not continue", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var root = new ComponentDialog("root");
        root.AddDialog(outer).AddDialog(new HelpAndStopDialog("inner"));
        var client = new DialogTestClient(Channels.Test, root);
        await client.SendActivityAsync<Activity>("hi");

        var reply = await client.SendActivityAsync<Activity>("stop");

        Assert.Equal(HelpAndStopDialog.StopText, reply!.Text);
        Assert.Null(client.GetNextReply());
        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task Prompt_GiveUpInsideNestedComponent_CancelsOuterStackWithoutContinuing()
    {
        var outer = new WaterfallDialog("outer",
        [
            (step, ct) => step.BeginDialogAsync("component", null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("outer should not continue", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var root = new ComponentDialog("root");
        root.AddDialog(outer).AddDialog(Flows.ThreeStepComponent());
        var client = new DialogTestClient(Channels.Test, root);
        await client.SendActivityAsync<Activity>("hi");
        await client.SendActivityAsync<Activity>("pizza");
        await client.SendActivityAsync<Activity>("chips");

        var giveUp = await client.SendActivityAsync<Activity>("beans");

        Assert.Equal(Flows.GiveUpText, giveUp!.Text);
        Assert.Null(client.GetNextReply());
        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult!.Status);
        Assert.Equal("What's it about?", (await client.SendActivityAsync<Activity>("hi"))!.Text);
    }

    /// <summary>Like CoreBot's CancelAndHelpDialog: "help" or "?" answers and re-asks, "stop" cancels.</summary>
    private sealed class HelpAndStopDialog : ComponentDialog
    {
        public const string HelpText = "You can pick a button or type your answer. Type stop to leave.";
        public const string StopText = "OK, we've stopped. If you're in danger right now, call 999.";

        public HelpAndStopDialog(string id = "helpAndStop")
            : base(id) => Flows.AddThreeSteps(this);

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
        {
            switch (innerDc.Context.Activity.Text?.Trim().ToUpperInvariant())
            {
                case "HELP" or "?":
                    await innerDc.Context.SendActivityAsync(HelpText, cancellationToken);
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return EndOfTurn;
                case "STOP":
                    await innerDc.Context.SendActivityAsync(StopText, cancellationToken);
                    return await innerDc.CancelAllDialogsAsync(cancellationToken);
                default:
                    return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            }
        }
    }
}
