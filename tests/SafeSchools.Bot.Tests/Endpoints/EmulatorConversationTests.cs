using System.Net;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Endpoints;

public sealed class EmulatorConversationTests
{
    private const string ConversationId = "8a5b1c|livechat";

    [Fact]
    public async Task ConversationUpdateThenMessage_OverRealHttp_WelcomeAndReplyArriveAddressedToTheUser()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var bot = await BotHost.StartAsync();

        var update = EmulatorActivities.ConversationUpdate(channel.ServiceUrl, ConversationId);
        var updateResponse = await bot.PostActivityAsync(update);
        Assert.Equal(HttpStatusCode.OK, updateResponse.StatusCode);
        var welcome = await channel.WaitForAsync(2);

        var message = EmulatorActivities.Message(channel.ServiceUrl, ConversationId, "hello");
        var messageResponse = await bot.PostActivityAsync(message);
        Assert.Equal(HttpStatusCode.OK, messageResponse.StatusCode);
        var all = await channel.WaitForAsync(3);

        // One welcome (for the user only, not the bot member) = greeting + menu.
        Assert.Equal(2, welcome.Count);
        Assert.All(welcome, r =>
        {
            Assert.Equal($"/v3/conversations/8a5b1c%7Clivechat/activities/{update.Id}", r.RawPath);
            AssertAddressedToUser(r.Activity, update.Id);
        });
        Assert.Contains("Safe Schools chatbot", welcome[0].Activity.Text, StringComparison.Ordinal);

        var reply = all[2];
        Assert.Equal($"/v3/conversations/8a5b1c%7Clivechat/activities/{message.Id}", reply.RawPath);
        AssertAddressedToUser(reply.Activity, message.Id);
        Assert.Contains("If you're in danger right now, call 999", reply.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(
            ["I'm being bullied", "Someone asked for images", "I'm worried about my child"],
            reply.Activity.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Empty(reply.Authorization);
    }

    [Fact]
    public async Task Reply_ChannelAnswersWithEmptyBody_TurnStillSucceeds()
    {
        await using var channel = await FakeChannel.StartAsync();
        channel.AnswerWithEmptyBody = true;
        await using var bot = await BotHost.StartAsync();

        var response = await bot.PostActivityAsync(EmulatorActivities.Message(channel.ServiceUrl, ConversationId, "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await channel.WaitForAsync(1));
    }

    [Fact]
    public async Task ConversationUpdate_OnlyTheBotJoined_NoWelcome()
    {
        await using var bot = await BotHost.StartAsync();
        var update = EmulatorActivities.ConversationUpdate(new Uri("http://127.0.0.1:9"), ConversationId) with
        {
            MembersAdded = [EmulatorActivities.Bot],
            DeliveryMode = DeliveryModes.ExpectReplies,
        };

        var replies = await ExpectRepliesTests.ReadRepliesAsync(await bot.PostActivityAsync(update));

        Assert.Empty(replies.Activities);
    }

    private static void AssertAddressedToUser(Activity activity, string? replyToId)
    {
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(Channels.Emulator, activity.ChannelId);
        Assert.Equal(ConversationId, activity.Conversation?.Id);
        Assert.Equal(EmulatorActivities.Bot.Id, activity.From?.Id);
        Assert.Equal(EmulatorActivities.User.Id, activity.Recipient?.Id);
        Assert.Equal(replyToId, activity.ReplyToId);
    }
}
