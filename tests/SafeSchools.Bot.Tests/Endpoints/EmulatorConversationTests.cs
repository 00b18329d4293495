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
        var welcome = await channel.WaitForTracesAsync(1);

        var message = EmulatorActivities.Message(channel.ServiceUrl, ConversationId, "I'm a young person");
        var messageResponse = await bot.PostActivityAsync(message);
        Assert.Equal(HttpStatusCode.OK, messageResponse.StatusCode);
        var replies = (await channel.WaitForTracesAsync(2)).Skip(welcome.Count).ToList();

        // One welcome (for the user only, not the bot member), every part addressed as a reply to the update.
        var welcomeMessages = welcome.Where(r => r.Activity.Type == ActivityTypes.Message).ToList();
        Assert.All(welcome, r =>
        {
            Assert.Equal($"/v3/conversations/8a5b1c%7Clivechat/activities/{update.Id}", r.RawPath);
            AssertAddressedToUser(r.Activity, update.Id);
        });
        Assert.Contains("If you're in danger right now, call 999", welcomeMessages[0].Activity.Text, StringComparison.Ordinal);
        Assert.Contains("Safe Schools chatbot", string.Join(' ', welcomeMessages.Select(r => r.Activity.Text)), StringComparison.Ordinal);

        var reply = replies.First(r => r.Activity.Type == ActivityTypes.Message);
        Assert.Equal($"/v3/conversations/8a5b1c%7Clivechat/activities/{message.Id}", reply.RawPath);
        AssertAddressedToUser(reply.Activity, message.Id);
        Assert.Contains("If you're in danger right now, call 999", reply.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("I'm being bullied", reply.Activity.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Empty(reply.Authorization);
        var trace = replies.Single(r => r.Activity.Type == ActivityTypes.Trace).Activity;
        Assert.Equal("safeschools.turn", trace.Name);
        Assert.Equal("menu", ((System.Text.Json.JsonElement)trace.Value!).GetProperty("flow").GetString());
    }

    [Fact]
    public async Task Trace_AMessageTheModelIsUnsureOf_ShowsOfficersTheNearestLabelledExamples()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var bot = await BotHost.StartAsync();

        var response = await bot.PostActivityAsync(EmulatorActivities.Message(channel.ServiceUrl, ConversationId, "some days i just dont see the point of anything anymore"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var trace = (await channel.WaitForTracesAsync(1)).Single(r => r.Activity.Type == ActivityTypes.Trace).Activity;
        var nearest = ((System.Text.Json.JsonElement)trace.Value!).GetProperty("understanding").GetProperty("meaning");
        Assert.Equal(3, nearest.GetArrayLength());
        Assert.All(nearest.EnumerateArray(), example => Assert.Matches("^[01]\\.\\d\\d [a-z+-]+: \".+\"$", example.GetString()));
    }

    [Fact]
    public async Task Reply_ChannelAnswersWithEmptyBody_TurnStillSucceeds()
    {
        await using var channel = await FakeChannel.StartAsync();
        channel.AnswerWithEmptyBody = true;
        await using var bot = await BotHost.StartAsync();

        var response = await bot.PostActivityAsync(EmulatorActivities.Message(channel.ServiceUrl, ConversationId, "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(await channel.WaitForTracesAsync(1), r => r.Activity.Text?.Contains("call 999", StringComparison.Ordinal) == true);
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
        Assert.Equal(Channels.Emulator, activity.ChannelId);
        Assert.Equal(ConversationId, activity.Conversation?.Id);
        Assert.Equal(EmulatorActivities.Bot.Id, activity.From?.Id);
        Assert.Equal(EmulatorActivities.User.Id, activity.Recipient?.Id);
        Assert.Equal(replyToId, activity.ReplyToId);
    }
}
