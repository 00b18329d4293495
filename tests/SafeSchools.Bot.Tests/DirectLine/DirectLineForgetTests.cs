using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.DirectLine;

/// <summary>
/// "Forget me" on Web Chat: the "forgotten" reply still reaches the user, then the in-memory transcript is dropped and
/// the old token reads nothing more.
/// </summary>
public sealed class DirectLineForgetTests
{
    private const string Marker = "my name is Zebedee Quarrington";

    [Fact]
    public async Task ForgetMe_Polling_FinalReplyIsReadOnceThenTheTokenGets404()
    {
        await using var bot = await BotHost.StartAsync();
        var client = new DirectLineClient(bot.Client);
        await client.StartAsync();
        await client.PostMessageAsync(Marker, "c-1");

        await client.PostMessageAsync("forget me", "c-2");
        var (left, _) = await client.GetActivitiesAsync("0");

        // Only the bot's "forgotten" reply is left: not the welcome, not the user's messages.
        var only = Assert.Single(left);
        Assert.Equal("bot", only.From?.Role);
        Assert.Contains("deleted what I kept", only.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(left, a => a.Text?.Contains("Zebedee", StringComparison.Ordinal) == true);

        // That read was the last: the same token now finds nothing.
        var again = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities?watermark=0");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.DoesNotContain("Zebedee", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}");
        Assert.Equal(HttpStatusCode.NotFound, reconnect.StatusCode);
    }

    [Fact]
    public async Task ForgetMe_BeforeAnyRead_TheConversationTakesNoMoreMessagesOrRefreshes()
    {
        await using var bot = await BotHost.StartAsync();
        var client = new DirectLineClient(bot.Client);
        await client.StartAsync();
        await client.PostMessageAsync(Marker, "c-1");
        await client.PostMessageAsync("forget me", "c-2");

        var post = await client.SendAsync(
            HttpMethod.Post,
            $"/v3/directline/conversations/{client.ConversationId}/activities",
            JsonContent.Create(new { type = "message", text = "still there?" }));
        var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, refresh.StatusCode);
    }

    [Fact]
    public async Task ForgetMe_Stream_DeliversTheFinalReplyThenClosesAndTheTokenGets404()
    {
        await using var bot = await BotHost.StartAsync();
        var client = new DirectLineClient(bot.Client);
        await client.StartAsync();
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await socket.ConnectAsync(new Uri(client.StreamUrl), timeout.Token);
        await client.PostMessageAsync(Marker, "c-1");

        await client.PostMessageAsync("forget me", "c-2");
        var texts = new List<string?>();
        while (await ReceiveSetAsync(socket, timeout.Token) is { } set)
        {
            texts.AddRange(set["activities"]!.AsArray().Select(a => a!["text"]?.GetValue<string>()));
        }

        Assert.Contains(texts, t => t?.Contains("deleted what I kept", StringComparison.Ordinal) == true);
        Assert.Equal(WebSocketState.CloseReceived, socket.State);
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
        var after = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities?watermark=0");
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    // Null when the server closes the stream.
    private static async Task<JsonNode?> ReceiveSetAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()));
    }
}

public sealed class DirectLineForgottenSweepTests
{
    [Fact]
    public void RemoveIdle_ForgottenConversationNobodyRead_IsRemovedAfterTheGrace_ALiveOneIsKept()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        var store = new SafeSchools.Bot.DirectLine.DirectLineConversationStore(
            Microsoft.Extensions.Options.Options.Create(new SafeSchools.Bot.DirectLine.DirectLineOptions()), time, new SafeSchools.Bot.Dialogs.MemoryStorage());
        var forgotten = store.Create()!;
        var live = store.Create()!;
        forgotten.Forget(forgotten.End, time.GetUtcNow());

        Assert.Equal(0, store.RemoveIdle());
        time.Advance(SafeSchools.Bot.DirectLine.DirectLineConversationStore.ForgottenGrace + TimeSpan.FromSeconds(1));

        Assert.Equal(1, store.RemoveIdle());
        Assert.Null(store.Find(forgotten.Id));
        Assert.NotNull(store.Find(live.Id));
    }
}
