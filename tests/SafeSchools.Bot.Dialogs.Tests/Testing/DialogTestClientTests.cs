using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs.Tests.Testing;

public sealed class DialogTestClientTests
{
    [Fact]
    public async Task SendActivityAsync_SeveralReplies_RestAreQueuedForGetNextReply()
    {
        var dialog = new WaterfallDialog("chatty",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("one", ct);
                await step.Context.SendActivityAsync("two", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var client = new DialogTestClient(Channels.Test, dialog);

        var first = await client.SendActivityAsync<Activity>("hi");

        Assert.Equal("one", first!.Text);
        Assert.Equal("two", client.GetNextReply()!.Text);
        Assert.Null(client.GetNextReply());
    }

    [Fact]
    public async Task SendActivityAsync_ChannelAndConversationType_AreOnIncomingActivity()
    {
        Activity? seen = null;
        var dialog = new WaterfallDialog("look",
        [
            (step, ct) =>
            {
                seen = step.Context.Activity;
                return step.EndDialogAsync(null, ct);
            },
        ]);
        var client = new DialogTestClient(Channels.MsTeams, dialog, conversationType: "personal");

        await client.SendActivityAsync<Activity>("hi");

        Assert.Equal(Channels.MsTeams, seen!.ChannelId);
        Assert.Equal("personal", seen.Conversation!.ConversationType);
        Assert.Equal("user-1", seen.From!.Id);
    }

    [Fact]
    public async Task SendActivityAsync_Reply_IsAddressedToTheUser()
    {
        var client = new DialogTestClient(Channels.Test, Flows.ThreeStepComponent());

        var reply = await client.SendActivityAsync<Activity>("hi");

        Assert.Equal("user-1", reply!.Recipient!.Id);
        Assert.Equal("conversation-1", reply.Conversation!.Id);
        Assert.Equal(Channels.Test, reply.ChannelId);
    }

    [Fact]
    public async Task SendActivityAsync_SharedStorage_SecondClientContinuesTheConversation()
    {
        var storage = new MemoryStorage();
        var first = new DialogTestClient(Channels.Test, Flows.ThreeStepComponent(), storage: storage);
        await first.SendActivityAsync<Activity>("hi");

        var second = new DialogTestClient(Channels.Test, Flows.ThreeStepComponent(), storage: storage);
        var reply = await second.SendActivityAsync<Activity>("bullying");

        Assert.Equal("How old are you?", reply!.Text);
    }
}
