using System.Text.Json;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs.Tests;

public sealed class WaterfallDialogTests
{
    [Fact]
    public async Task SendActivityAsync_ThreeStepWaterfall_AsksEachQuestionThenCompletes()
    {
        var client = new DialogTestClient(Channels.Test, Flows.ThreeStepComponent());

        Assert.Equal("What's it about?", (await client.SendActivityAsync<Activity>("hi"))!.Text);
        Assert.Equal("How old are you?", (await client.SendActivityAsync<Activity>("bullying"))!.Text);
        Assert.Equal("Shall I show you some help?", (await client.SendActivityAsync<Activity>("I'm 14"))!.Text);
        Assert.Equal("Bullying, 14, yes", (await client.SendActivityAsync<Activity>("yeah"))!.Text);

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal("Bullying, 14, yes", client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task SendActivityAsync_WaitingForAnswer_StatusIsWaiting()
    {
        var client = new DialogTestClient(Channels.Test, Flows.ThreeStepComponent());

        await client.SendActivityAsync<Activity>("hi");

        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task NextAsync_StepSkipsPrompt_NextStepGetsResult()
    {
        var dialog = new WaterfallDialog("skip",
        [
            (step, ct) => step.NextAsync("skipped", ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"got {step.Result} at step {step.Index}", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var client = new DialogTestClient(Channels.Test, dialog);

        var reply = await client.SendActivityAsync<Activity>("hi");

        Assert.Equal("got skipped at step 1", reply!.Text);
    }

    [Fact]
    public async Task NextAsync_CalledTwice_Throws()
    {
        var dialog = new WaterfallDialog("twice",
        [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]);
        var client = new DialogTestClient(Channels.Test, dialog);

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendActivityAsync<Activity>("hi"));
    }

    [Fact]
    public async Task GetOptions_OnLaterTurn_ReturnsBeginOptions()
    {
        var dialog = new WaterfallDialog("options",
        [
            (step, ct) => step.PromptAsync("text", Flows.Ask("Say something"), ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"flow {step.GetOptions<FlowOptions>()!.FlowId}", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var component = new ComponentDialog("root");
        component.AddDialog(dialog).AddDialog(new TextPrompt("text"));
        var client = new DialogTestClient(Channels.Test, component, new FlowOptions("bullying"));

        await client.SendActivityAsync<Activity>("hi");
        var reply = await client.SendActivityAsync<Activity>("anything");

        Assert.Equal("flow bullying", reply!.Text);
    }

    [Fact]
    public async Task ContinueDialogAsync_NonMessageActivity_DoesNotAdvance()
    {
        var client = new DialogTestClient(Channels.Test, Flows.ThreeStepComponent());
        await client.SendActivityAsync<Activity>("hi");

        var reply = await client.SendActivityAsync<Activity>(client.Adapter.MakeActivity() with { Type = ActivityTypes.Typing });

        Assert.Null(reply);
        Assert.Equal("How old are you?", (await client.SendActivityAsync<Activity>("bullying"))!.Text);
    }

    [Fact]
    public async Task SaveChanges_DialogState_IsMinimalJsonWithoutTheUsersWords()
    {
        var storage = new MemoryStorage();
        var client = new DialogTestClient(Channels.Test, Flows.ThreeStepComponent(), storage: storage);
        await client.SendActivityAsync<Activity>("hi, my secret");
        await client.SendActivityAsync<Activity>("bullying");

        var json = (await storage.ReadAsync(["test/conversations/conversation-1"]))["test/conversations/conversation-1"].Json;

        using var document = JsonDocument.Parse(json);
        Assert.True(document.RootElement.TryGetProperty("DialogState", out _));
        Assert.DoesNotContain("secret", json, StringComparison.Ordinal);
        Assert.Contains("\"topic\":\"Bullying\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AfterCompletion_NextMessageStartsAgain()
    {
        var client = new DialogTestClient(Channels.Test, Flows.ThreeStepComponent());
        foreach (var text in new[] { "hi", "1", "14", "no" })
        {
            await client.SendActivityAsync<Activity>(text);
        }

        Assert.Equal("What's it about?", (await client.SendActivityAsync<Activity>("hello again"))!.Text);
    }

    private sealed record FlowOptions(string FlowId);
}
