using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using SafeSchools.Bot.DirectLine;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.DirectLine;

public sealed class DirectLineLimitsTests
{
    private const string Generate = "/v3/directline/tokens/generate";

    [Fact]
    public async Task TokensGenerate_OverTheLimitFromOneClient_Answers429WithRetryAfter_AnotherClientIsUnaffected()
    {
        await using var bot = await BotHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:ChatsPerClientPerMinute"] = "3" });
        using var other = ClientFrom(bot.BaseAddress, IPAddress.Parse("127.0.0.2"));

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add((await bot.Client.PostAsync(Generate, null)).StatusCode);
        }

        var refused = await bot.Client.PostAsync(Generate, null);
        var fromOther = await other.PostAsync(Generate, null);

        Assert.All(allowed, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a 429 says when to try again");
        Assert.Contains("Too many new chats", await ErrorMessageAsync(refused), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fromOther.StatusCode);
    }

    [Fact]
    public async Task StartConversation_OverTheLimitFromOneClient_Answers429()
    {
        await using var bot = await BotHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:ChatsPerClientPerMinute"] = "2" });
        var client = new DirectLineClient(bot.Client);
        await client.StartAsync();

        await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations");
        var refused = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.False(string.IsNullOrEmpty(await client.PostMessageAsync("hello")), "the chat already started carries on");
    }

    [Fact]
    public async Task TokensGenerate_WhenTheInstanceHoldsMaxConversations_Answers503WithRetryAfter_AndEvictsNoOne()
    {
        await using var bot = await BotHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxConversations"] = "2" });
        var first = new DirectLineClient(bot.Client);
        var second = new DirectLineClient(bot.Client);
        await first.StartAsync();
        await second.StartAsync();

        var refused = await bot.Client.PostAsync(Generate, null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("busy", await ErrorMessageAsync(refused), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(await first.PostMessageAsync("hello")));
        Assert.False(string.IsNullOrEmpty(await second.PostMessageAsync("hello")));

        bot.Services.GetRequiredService<DirectLineConversationStore>().Remove(first.ConversationId);
        Assert.Equal(HttpStatusCode.OK, (await bot.Client.PostAsync(Generate, null)).StatusCode);
    }

    [Fact]
    public async Task PostActivity_TextOverTheLimit_Answers413WithAReason_NothingIsKept_AndTheChatGoesOn()
    {
        await using var bot = await BotHost.StartAsync(new Dictionary<string, string?> { ["Bot:MaxMessageLength"] = "500" });
        var client = new DirectLineClient(bot.Client);
        await client.StartAsync();
        var (_, watermark) = await client.GetActivitiesAsync();

        var refused = await PostTextAsync(client, new string('a', 501));
        var (after, _) = await client.GetActivitiesAsync(watermark);
        var atTheLimit = await PostTextAsync(client, "hello " + new string('a', 494));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Contains("too long", await ErrorMessageAsync(refused), StringComparison.Ordinal);
        Assert.Empty(after);
        Assert.Equal(HttpStatusCode.OK, atTheLimit.StatusCode);
    }

    [Fact]
    public async Task PostActivity_BodyOverTheLimit_Answers413AndTheChatGoesOn()
    {
        await using var bot = await BotHost.StartAsync();
        var client = new DirectLineClient(bot.Client);
        await client.StartAsync();
        var activity = new { type = "message", text = "hi", channelData = new { padding = new string('x', 40 * 1024) } };

        var refused = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", JsonContent.Create(activity));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.False(string.IsNullOrEmpty(await ErrorMessageAsync(refused)));
        Assert.False(string.IsNullOrEmpty(await client.PostMessageAsync("still here?")));
    }

    [Fact]
    public async Task PostActivity_AtTheActivityCap_IsRefused409BeforeTheTurnRuns_NothingHalfDone()
    {
        await using var bot = await BotHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerConversation"] = "50" });
        var client = new DirectLineClient(bot.Client);
        await client.StartAsync();

        var refused = await FillAsync(client, () => client.SendAsync(
            HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", JsonContent.Create(new { type = "typing" })));

        await AssertRefusedAndNothingHalfDoneAsync(bot, client, refused, () => PostTextAsync(client, "I want to kill myself"));
    }

    [Fact]
    public async Task PostActivity_AtTheByteCap_IsRefused409BeforeTheTurnRuns_EveryAcceptedMessageWasAnswered()
    {
        await using var bot = await BotHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxTranscriptBytes"] = (64 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var client = new DirectLineClient(bot.Client);
        await client.StartAsync();

        Task<HttpResponseMessage> PostLongAsync() => PostTextAsync(client, "hello " + new string('a', 3990));
        var refused = await FillAsync(client, PostLongAsync);
        var (transcript, _) = await client.GetActivitiesAsync();

        await AssertRefusedAndNothingHalfDoneAsync(bot, client, refused, PostLongAsync);
        var fromUser = transcript.Where(a => a.From?.Role == "user").Select(a => a.Id).ToList();
        Assert.True(fromUser.Count > 3, "the cap leaves room for a real conversation");
        Assert.All(fromUser, id => Assert.Contains(transcript, reply => reply.ReplyToId == id));
        Assert.True(bot.Services.GetRequiredService<DirectLineConversationStore>().Find(client.ConversationId)!.Bytes <= 64 * 1024);
    }

    [Theory]
    [InlineData("dl-..")]
    [InlineData("dl-a%2F..%2Fb")]
    [InlineData("dl-a b")]
    public async Task ConversationRoute_IdWithCharactersNoChannelUses_Answers400(string conversationId)
    {
        await using var bot = await BotHost.StartAsync();
        var client = new DirectLineClient(bot.Client);
        await client.StartAsync();

        var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/activities");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("conversation id", await ErrorMessageAsync(response), StringComparison.Ordinal);
    }

    // Posts until the conversation refuses; every post before that is accepted.
    private static async Task<HttpResponseMessage> FillAsync(DirectLineClient client, Func<Task<HttpResponseMessage>> post)
    {
        for (var i = 0; i < 200; i++)
        {
            var response = await post();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return response;
            }
        }

        throw new InvalidOperationException($"Conversation {client.ConversationId} never reached its cap.");
    }

    private static async Task AssertRefusedAndNothingHalfDoneAsync(
        BotHost bot, DirectLineClient client, HttpResponseMessage refused, Func<Task<HttpResponseMessage>> postAgain)
    {
        var (_, watermark) = await client.GetActivitiesAsync();
        var conversation = bot.Services.GetRequiredService<DirectLineConversationStore>().Find(client.ConversationId)!;
        var bytes = conversation.Bytes;

        var again = await postAgain();
        var (after, same) = await client.GetActivitiesAsync(watermark);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("start a new chat", await ErrorMessageAsync(refused), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Empty(after);
        Assert.Equal(watermark, same);
        Assert.Equal(bytes, conversation.Bytes);
    }

    private static Task<HttpResponseMessage> PostTextAsync(DirectLineClient client, string text) =>
        client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", JsonContent.Create(new { type = "message", text }));

    private static async Task<string> ErrorMessageAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["message"]!.GetValue<string>();

    // A client connecting from another loopback address: another client as far as the rate limit can tell.
    private static HttpClient ClientFrom(Uri baseAddress, IPAddress local)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress };
    }
}
