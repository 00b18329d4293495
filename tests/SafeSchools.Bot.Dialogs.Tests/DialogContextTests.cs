using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs.Tests;

public sealed class DialogContextTests
{
    private readonly TestAdapter _adapter = new();

    private async Task<DialogContext> CreateContextAsync(params Dialog[] dialogs)
    {
        var state = new ConversationState(new MemoryStorage());
        var set = new DialogSet(state.CreateProperty<DialogState>("dialogs"));
        foreach (var dialog in dialogs)
        {
            set.Add(dialog);
        }

        return await set.CreateContextAsync(new TurnContext(_adapter, _adapter.MakeActivity("hi")));
    }

    [Fact]
    public async Task ContinueDialogAsync_EmptyStack_ReturnsEmpty()
    {
        var dc = await CreateContextAsync();

        Assert.Equal(DialogTurnStatus.Empty, (await dc.ContinueDialogAsync()).Status);
    }

    [Fact]
    public async Task CancelAllDialogsAsync_EmptyStack_ReturnsEmpty()
    {
        var dc = await CreateContextAsync();

        Assert.Equal(DialogTurnStatus.Empty, (await dc.CancelAllDialogsAsync()).Status);
    }

    [Fact]
    public async Task BeginDialogAsync_UnknownId_Throws()
    {
        var dc = await CreateContextAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("missing"));
    }

    [Fact]
    public void Add_DuplicateId_Throws()
    {
        var set = new DialogSet().Add(new TextPrompt("a"));

        Assert.Throws<InvalidOperationException>(() => set.Add(new TextPrompt("a")));
    }

    [Fact]
    public async Task CancelAllDialogsAsync_RunningDialogs_EmptiesStack()
    {
        var dc = await CreateContextAsync(new TextPrompt("text"));
        await dc.PromptAsync("text", Flows.Ask("Name?"));

        var result = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Null(dc.ActiveDialog);
    }

    [Fact]
    public async Task ReplaceDialogAsync_ActiveDialog_IsReplaced()
    {
        var dc = await CreateContextAsync(new TextPrompt("first"), new TextPrompt("second"));
        await dc.PromptAsync("first", Flows.Ask("One?"));

        await dc.ReplaceDialogAsync("second", Flows.Ask("Two?"));

        Assert.Equal("second", Assert.Single(dc.Stack).Id);
        Assert.Equal("One?", _adapter.GetNextReply()!.Text);
        Assert.Equal("Two?", _adapter.GetNextReply()!.Text);
    }

    [Fact]
    public async Task EndDialogAsync_LastDialog_CompletesWithResult()
    {
        var dc = await CreateContextAsync(new TextPrompt("text"));
        await dc.PromptAsync("text", Flows.Ask("Name?"));

        var result = await dc.EndDialogAsync("done");

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "done"), result);
    }

    [Fact]
    public async Task RepromptDialogAsync_ActivePrompt_AsksAgain()
    {
        var dc = await CreateContextAsync(new TextPrompt("text"));
        await dc.PromptAsync("text", Flows.Ask("Name?"));
        _adapter.GetNextReply();

        await dc.RepromptDialogAsync();

        var reply = _adapter.GetNextReply()!;
        Assert.Equal("Name?", reply.Text);
        Assert.Equal(InputHints.ExpectingInput, reply.InputHint);
    }
}
