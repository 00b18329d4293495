using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Connector.Tests.Schema;

public sealed class ActivityReplyTests
{
    private static readonly Activity Incoming = new()
    {
        Type = ActivityTypes.Message,
        Id = "act-1",
        ChannelId = Channels.Emulator,
        ServiceUrl = "http://localhost:5000",
        Conversation = new ConversationAccount("conv|livechat"),
        From = new ChannelAccount("user", "User"),
        Recipient = new ChannelAccount("bot", "Bot"),
        Locale = "en-GB",
    };

    [Fact]
    public void CreateReply_SwapsSenderAndReceiverAndCopiesTheConversation()
    {
        var reply = Incoming.CreateReply("hello");

        Assert.Equal("bot", reply.From?.Id);
        Assert.Equal("user", reply.Recipient?.Id);
        Assert.Equal(Incoming.Conversation, reply.Conversation);
        Assert.Equal(Channels.Emulator, reply.ChannelId);
        Assert.Equal("http://localhost:5000", reply.ServiceUrl);
        Assert.Equal("en-GB", reply.Locale);
        Assert.Equal("act-1", reply.ReplyToId);
        Assert.Equal("hello", reply.Text);
    }

    [Theory]
    [InlineData(Channels.DirectLine, null)]
    [InlineData(Channels.WebChat, null)]
    [InlineData(Channels.Emulator, "act-1")]
    public void CreateReply_ToConversationUpdate_RepliesToItExceptOnDirectLineAndWebChat(string channelId, string? expectedReplyTo)
    {
        var update = Incoming with { Type = ActivityTypes.ConversationUpdate, ChannelId = channelId };

        Assert.Equal(expectedReplyTo, update.CreateReply("welcome").ReplyToId);
    }

    [Fact]
    public void RemoveRecipientMention_StripsTheBotsMentionOnly()
    {
        var activity = Incoming with
        {
            Text = "<at>Bot</at> I'm being bullied <at>Sam</at>",
            Entities =
            [
                new Mention(new ChannelAccount("bot", "Bot"), "<AT>Bot</AT>").ToEntity(),
                new Mention(new ChannelAccount("sam", "Sam"), "<at>Sam</at>").ToEntity(),
            ],
        };

        Assert.Equal("I'm being bullied <at>Sam</at>", activity.RemoveRecipientMention());
    }
}
