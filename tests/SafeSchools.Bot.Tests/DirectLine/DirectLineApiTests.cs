using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.DirectLine;

public sealed class DirectLineApiTests
{
    [Fact]
    public async Task StartConversation_WelcomeIsInTheTranscript()
    {
        await using var bot = await BotHost.StartAsync();
        var client = new DirectLineClient(bot.Client);

        await client.StartAsync();
        var (activities, watermark) = await client.GetActivitiesAsync();

        Assert.NotEmpty(activities);
        Assert.Contains(activities, a => a.Text?.Contains("call 999", StringComparison.Ordinal) == true);
        Assert.All(activities, a => Assert.NotEqual(client.ConversationId, a.From?.Id));
        Assert.Equal(activities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), watermark);
    }

    [Fact]
    public async Task PostActivity_EchoKeepsClientActivityIdAndSameIdAndRepliesFollow_PollingWithWatermark()
    {
        await using var bot = await BotHost.StartAsync();
        var client = new DirectLineClient(bot.Client);
        await client.StartAsync();
        var (_, watermark) = await client.GetActivitiesAsync();

        var id = await client.PostMessageAsync("hello", "abc-123");
        var (activities, next) = await client.GetActivitiesAsync(watermark);

        var echo = activities[0];
        Assert.Equal(id, echo.Id);
        Assert.Equal("hello", echo.Text);
        Assert.Equal("abc-123", ((JsonElement)echo.ChannelData!).GetProperty("clientActivityID").GetString());
        Assert.Equal("user", echo.From?.Role);
        var replies = activities.Skip(1).ToList();
        Assert.All(replies, reply =>
        {
            Assert.Equal(id, reply.ReplyToId);
            Assert.Equal(echo.From?.Id, reply.Recipient?.Id);
        });
        // The welcome showed 999; a greeting is answered and the welcome's question asked again.
        Assert.Contains(replies, r => r.Text?.Contains("young person", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(replies, r => r.Type == "trace");

        var (nothingNew, same) = await client.GetActivitiesAsync(next);
        Assert.Empty(nothingNew);
        Assert.Equal(next, same);
    }

    [Fact]
    public async Task PostActivity_RetriedWithTheSameClientActivityId_SameIdAndTheTurnRanOnce()
    {
        await using var bot = await BotHost.StartAsync();
        var client = new DirectLineClient(bot.Client);
        await client.StartAsync();
        await client.PostMessageAsync("I'm being bullied");
        var (_, watermark) = await client.GetActivitiesAsync();

        var id = await client.PostMessageAsync("Online", "web-chat-42");
        var retried = await client.PostMessageAsync("Online", "web-chat-42");
        var (activities, _) = await client.GetActivitiesAsync(watermark);
        var next = await client.PostMessageAsync("That's all for now");
        var (afterwards, _) = await client.GetActivitiesAsync(watermark);

        Assert.Equal(id, retried);
        Assert.Single(activities, a => a.Text == "Online");
        Assert.Single(activities, a => a.Text?.Contains("Block and report", StringComparison.Ordinal) == true);
        Assert.All(activities.Skip(1), a => Assert.Equal(id, a.ReplyToId));
        Assert.Contains(afterwards, a => a.ReplyToId == next && a.Text?.Contains("Well done for reaching out", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Stream_WebSocketReceivesTheHistoryThenNewActivities()
    {
        await using var bot = await BotHost.StartAsync();
        var client = new DirectLineClient(bot.Client);
        await client.StartAsync();
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        await socket.ConnectAsync(new Uri(client.StreamUrl), timeout.Token);
        var history = await ReceiveSetAsync(socket, timeout.Token);
        await client.PostMessageAsync("hello");
        var texts = new List<string?>();
        while (!texts.Any(t => t?.Contains("young person", StringComparison.Ordinal) == true))
        {
            texts.AddRange((await ReceiveSetAsync(socket, timeout.Token))["activities"]!.AsArray().Select(a => a!["text"]?.GetValue<string>()));
        }

        Assert.NotEmpty(history["activities"]!.AsArray());
        Assert.Equal("hello", texts[0]);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
    }

    [Fact]
    public async Task Token_ForAnotherConversation_IsRefused403()
    {
        await using var bot = await BotHost.StartAsync();
        var alice = new DirectLineClient(bot.Client);
        var mallory = new DirectLineClient(bot.Client);
        await alice.StartAsync();
        await mallory.StartAsync();

        var response = await mallory.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{alice.ConversationId}/activities");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("not-a-token", HttpStatusCode.Forbidden)]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjb252IjoieCIsInVzZXIiOiJ5IiwiZXhwIjo5OTk5OTk5OTk5fQ.c2lnbmF0dXJl", HttpStatusCode.Forbidden)]
    public async Task Token_MissingOrForged_IsRefused(string? token, HttpStatusCode expected)
    {
        await using var bot = await BotHost.StartAsync();
        var client = new DirectLineClient(bot.Client);
        await client.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities");
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        var response = await bot.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Token_Expired_IsRefused403_AndRefreshBeforeExpiryKeepsTheConversation()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await BotHost.StartAsync(configure: b => b.Services.AddSingleton<TimeProvider>(clock));
        var client = new DirectLineClient(bot.Client);
        await client.StartAsync();

        clock.Advance(TimeSpan.FromMinutes(20));
        var refreshed = JsonNode.Parse(await (await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh")).Content.ReadAsStringAsync())!;
        var newToken = refreshed["token"]!.GetValue<string>();
        clock.Advance(TimeSpan.FromMinutes(15));

        var withOld = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities");
        var withNew = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities", token: newToken);

        Assert.Equal(client.ConversationId, refreshed["conversationId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }

    [Theory]
    [InlineData("application/json", "{ nope", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "{\"text\":\"no type\"}", HttpStatusCode.BadRequest)]
    [InlineData("text/plain", "hello", HttpStatusCode.BadRequest)]
    public async Task PostActivity_BadInput_Answers4xxAndTheConversationGoesOn(string contentType, string body, HttpStatusCode expected)
    {
        await using var bot = await BotHost.StartAsync();
        var client = new DirectLineClient(bot.Client);
        await client.StartAsync();

        var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(await client.PostMessageAsync("still here?")));
    }

    [Theory]
    [InlineData("conversationUpdate")]
    [InlineData("event")]
    [InlineData("invoke")]
    [InlineData("installationUpdate")]
    [InlineData("trace")]
    [InlineData("Message")]
    public async Task PostActivity_ATypeOnlyAChannelSends_Answers400WithAReasonAndNothingRuns(string type)
    {
        await using var bot = await BotHost.StartAsync();
        var client = new DirectLineClient(bot.Client);
        await client.StartAsync();
        var (before, watermark) = await client.GetActivitiesAsync();
        var activity = new { type, text = "hello", membersAdded = new[] { new { id = "someone" } }, name = "webchat/join" };

        var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", JsonContent.Create(activity));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["message"]!.GetValue<string>();
        Assert.Contains("Only message, typing and endOfConversation", error, StringComparison.Ordinal);
        var (after, _) = await client.GetActivitiesAsync(watermark);
        Assert.Empty(after);
        Assert.NotEmpty(before);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("endOfConversation")]
    public async Task PostActivity_TypingOrEndOfConversation_IsAccepted(string type)
    {
        await using var bot = await BotHost.StartAsync();
        var client = new DirectLineClient(bot.Client);
        await client.StartAsync();

        var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", JsonContent.Create(new { type }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostActivity_ClientAsksForExpectReplies_TheAlertReplyStillReachesTheChat()
    {
        await using var bot = await BotHost.StartAsync();
        var client = new DirectLineClient(bot.Client);
        await client.StartAsync();
        var (_, watermark) = await client.GetActivitiesAsync();
        var activity = new { type = "message", text = "I want to kill myself", deliveryMode = "expectReplies" };

        var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", JsonContent.Create(activity));
        var (activities, _) = await client.GetActivitiesAsync(watermark);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(activities[0].DeliveryMode);
        var replies = string.Join("\n", activities.Skip(1).Select(a => a.Text));
        Assert.Contains("116 123", replies, StringComparison.Ordinal);
        Assert.Contains("999", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationGoneFromMemoryAndStateExpired_Answers404()
    {
        await using var bot = await BotHost.StartAsync();
        var client = new DirectLineClient(bot.Client);
        await client.StartAsync();
        bot.Services.GetRequiredService<SafeSchools.Bot.DirectLine.DirectLineConversationStore>().Remove(client.ConversationId);
        await bot.Services.GetRequiredService<SafeSchools.Bot.Dialogs.IStorage>()
            .DeleteAsync([SafeSchools.Bot.Dialogs.ConversationState.KeyFor("directline", client.ConversationId)]);

        var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<JsonNode> ReceiveSetAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonNode.Parse(message.ToArray())!;
    }
}
