using System.Net;
using System.Text;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Logging;

/// <summary>What an operator reads in the turn log: one honest line per turn, whatever a client sends.</summary>
public sealed class TurnLoggingTests
{
    private const string TurnCategory = "SafeSchools.Bot.Logging.TurnLoggingMiddleware";

    [Fact]
    public async Task Turn_OnWebChat_LogsAsManyRepliesAsThePersonReceived()
    {
        var logs = new CapturedLogs();
        await using var bot = await BotHost.StartAsync(configure: logs.AddTo);
        var client = new DirectLineClient(bot.Client);
        await client.StartAsync();
        var (_, watermark) = await client.GetActivitiesAsync();

        await client.PostMessageAsync("people keep sending me horrible messages");
        var (activities, _) = await client.GetActivitiesAsync(watermark);

        var received = activities.Count(a => a.From?.Role != "user");
        Assert.True(received > 1, "the turn should answer with more than one message");
        var line = logs.Lines.Last(l => l.Category == TurnCategory);
        Assert.Equal(received, line.Values["ReplyCount"]);
    }

    [Fact]
    public async Task Turn_OnTheEmulator_LogsTheRepliesButNotTheTrace()
    {
        var logs = new CapturedLogs();
        await using var bot = await BotHost.StartAsync(configure: logs.AddTo);

        var replies = await new EmulatorUser(bot).SayAsync("people keep sending me horrible messages");

        var line = logs.Lines.Last(l => l.Category == TurnCategory);
        Assert.Equal(replies.Count(r => r.Type != ActivityTypes.Trace), line.Values["ReplyCount"]);
    }

    [Fact]
    public async Task Turn_TypeAndChannelWithNewlinesAndEscapes_AreLoggedOnOneShortLine()
    {
        var logs = new CapturedLogs();
        await using var bot = await BotHost.StartAsync(configure: logs.AddTo);
        var forgedType = "message\r\n[09:00:00 WRN] Safeguarding alert raised: none" + new string('x', 500);
        var forgedChannel = "emulator\n\u001b[2K\u202eforged";
        const string json = """
            {"type":"TYPE","channelId":"CHANNEL","serviceUrl":"http://127.0.0.1:9","conversation":{"id":"c1"},
             "from":{"id":"u"},"recipient":{"id":"b"},"deliveryMode":"expectReplies"}
            """;
        using var content = new StringContent(
            json.Replace("TYPE", Escape(forgedType), StringComparison.Ordinal).Replace("CHANNEL", Escape(forgedChannel), StringComparison.Ordinal),
            Encoding.UTF8,
            "application/json");

        var response = await bot.Client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = logs.Lines.Last(l => l.Category == TurnCategory);
        Assert.DoesNotContain(line.Message, c => char.IsControl(c) || c == '\u202e');
        Assert.True(line.Message.Length < 200, line.Message);
        Assert.StartsWith("Turn message???09:00:00?WRN??Safeguarding?ale... on emulator???2K?forged conversation", line.Message, StringComparison.Ordinal);
    }

    private static string Escape(string value) => System.Text.Json.JsonEncodedText.Encode(value).ToString();
}
