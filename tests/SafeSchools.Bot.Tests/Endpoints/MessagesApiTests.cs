using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Endpoints;

public sealed class MessagesApiTests
{
    public static TheoryData<string, string, string, HttpStatusCode> BadRequests => new()
    {
        { "not JSON", "application/json", "{ this is not json", HttpStatusCode.BadRequest },
        { "a JSON array", "application/json", "[{\"type\":\"message\"}]", HttpStatusCode.BadRequest },
        { "no type", "application/json", "{\"text\":\"hi\"}", HttpStatusCode.BadRequest },
        { "empty body", "application/json", "", HttpStatusCode.BadRequest },
        { "a JSON string", "application/json", "\"message\"", HttpStatusCode.BadRequest },
        { "text/plain", "text/plain", "{\"type\":\"message\"}", HttpStatusCode.BadRequest },
        { "no conversation or channel", "application/json", "{\"type\":\"message\",\"text\":\"hi\"}", HttpStatusCode.BadRequest },
        { "no serviceUrl", "application/json", "{\"type\":\"message\",\"text\":\"hi\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c1\"}}", HttpStatusCode.BadRequest },
        { "a 2 MB body", "application/json", "{\"type\":\"message\",\"text\":\"" + new string('a', 2 * 1024 * 1024) + "\"}", HttpStatusCode.RequestEntityTooLarge },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Post_BadInput_AnswersWithAReasonAndKeepsServing(string because, string contentType, string body, HttpStatusCode expected)
    {
        await using var bot = await BotHost.StartAsync();
        using var content = new StringContent(body, Encoding.UTF8, contentType);

        var response = await bot.Client.PostAsync("/api/messages", content);

        Assert.True(expected == response.StatusCode, because);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(error.RootElement.GetProperty("error").GetProperty("message").GetString()));
        await AssertStillAnswersAsync(bot);
    }

    [Theory]
    [InlineData("{\"type\":\"message\"}", "no channelId")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"emulator\"}", "no conversation id")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c1\"},\"text\":\"hi\"}", "no serviceUrl")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c1\"},\"serviceUrl\":\"not a url\"}", "no serviceUrl")]
    public async Task Post_ActivityTheBotCouldNotAnswer_Answers400SayingWhatIsMissingAndRunsNothing(string json, string reason)
    {
        var storage = new MemoryStorage();
        await using var bot = await BotHost.StartAsync(configure: b => b.Services.AddSingleton<IStorage>(storage));
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await bot.Client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(reason, error.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, storage.Count);
    }

    [Fact]
    public async Task Post_ExpectRepliesWithoutServiceUrl_RepliesInTheResponse()
    {
        await using var bot = await BotHost.StartAsync();
        var message = EmulatorActivities.Message(new Uri("http://127.0.0.1:9"), "c1", "hello") with
        {
            ServiceUrl = null,
            DeliveryMode = DeliveryModes.ExpectReplies,
        };

        var replies = await ExpectRepliesTests.ReadRepliesAsync(await bot.PostActivityAsync(message));

        Assert.Contains(replies.Activities, r => r.Text?.Contains("call 999", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_Answers413()
    {
        await using var bot = await BotHost.StartAsync();
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"" + new string('a', 400_000) + "\"}")));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertStillAnswersAsync(bot);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task OtherMethods_Answer405(string method)
    {
        await using var bot = await BotHost.StartAsync();

        var response = await bot.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/messages"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Invoke_TheBotDoesNotHandle_Answers501()
    {
        await using var bot = await BotHost.StartAsync();
        var invoke = EmulatorActivities.Message(new Uri("http://127.0.0.1:9"), "c1", "x") with { Type = ActivityTypes.Invoke, Name = "unknown/action", Text = null };

        var response = await bot.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_Answers200()
    {
        await using var bot = await BotHost.StartAsync();

        var response = await bot.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Message_WithUnknownFields_RepliesEvenSo()
    {
        await using var bot = await BotHost.StartAsync();
        const string json = """
            {"type":"message","id":"1","text":"hi","channelId":"emulator","serviceUrl":"http://127.0.0.1:9",
             "conversation":{"id":"c1","futureField":1},"from":{"id":"u"},"recipient":{"id":"b"},
             "deliveryMode":"expectReplies","somethingNew":{"a":[1,2]}}
            """;
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await bot.Client.PostAsync("/api/messages", content);

        var replies = await ExpectRepliesTests.ReadRepliesAsync(response);
        Assert.Contains(replies.Activities, r => r.Text?.Contains("call 999", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task SameActivityPostedTwice_TheRetryIsSentTheFirstTurnsRepliesAgain_AsRepliesToIt()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var bot = await BotHost.StartAsync();
        var message = EmulatorActivities.Message(channel.ServiceUrl, "posted-twice", "I'm being bullied");

        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(message)).StatusCode);
        var first = (await channel.WaitForTracesAsync(1)).Where(r => r.Activity.Type == ActivityTypes.Message).ToList();
        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(message)).StatusCode);
        var all = await channel.WaitForAsync((first.Count * 2) + 1);
        var retry = all.Skip(first.Count + 1).ToList();

        Assert.Equal(first.Select(r => r.Activity.Text), retry.Select(r => r.Activity.Text));
        Assert.All(retry, r => Assert.EndsWith($"/activities/{message.Id}", r.RawPath, StringComparison.Ordinal));
        Assert.All(retry, r => Assert.Equal(message.Id, r.Activity.ReplyToId));
        await Task.Delay(200);
        Assert.Equal((first.Count * 2) + 1, channel.Received.Count);
    }

    private static async Task AssertStillAnswersAsync(BotHost bot)
    {
        var good = EmulatorActivities.Message(new Uri("http://127.0.0.1:9"), "c1", "hello") with { DeliveryMode = DeliveryModes.ExpectReplies };
        var response = await bot.Client.PostAsJsonAsync("/api/messages", good, BotJson.Options);
        var replies = await ExpectRepliesTests.ReadRepliesAsync(response);
        Assert.NotEmpty(replies.Activities);
    }
}
