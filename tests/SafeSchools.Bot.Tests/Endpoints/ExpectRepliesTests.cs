using System.Net;
using System.Text.Json;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Endpoints;

public sealed class ExpectRepliesTests
{
    [Fact]
    public async Task Message_DeliveryModeExpectReplies_RepliesComeBackInTheResponseAndNothingIsPosted()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var bot = await BotHost.StartAsync();
        var message = EmulatorActivities.Message(channel.ServiceUrl, "c1", "hello") with { DeliveryMode = DeliveryModes.ExpectReplies };

        var response = await bot.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await ReadRepliesAsync(response);
        Assert.Contains(replies.Activities, r => r.Text?.Contains("call 999", StringComparison.Ordinal) == true);
        Assert.All(replies.Activities, r => Assert.Equal(message.Id, r.ReplyToId));
        Assert.Equal("trace", replies.Activities[^1].Type);
        await Task.Delay(200);
        Assert.Empty(channel.Received);
    }

    internal static async Task<ExpectedReplies> ReadRepliesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        return JsonSerializer.Deserialize<ExpectedReplies>(body, BotJson.Options)!;
    }
}
