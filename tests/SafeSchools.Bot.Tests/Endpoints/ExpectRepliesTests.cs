using System.Net;
using System.Text.Json;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Tests.Infrastructure;
using static SafeSchools.Bot.Tests.Infrastructure.TurnReplies;

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

    private const string WhereQuestion = "Is it happening online, in person, or both?";
    private const string AnythingElse = "Is there anything else going on?";
    private const string OnlineAdvice = "Block and report";
    private static readonly Uri Nowhere = new("http://127.0.0.1:9");

    [Fact]
    public async Task SameActivityPostedTwice_TheRetryGetsTheSameReplies_AndTheFlowMovesOnOnce()
    {
        await using var bot = await BotHost.StartAsync();
        var user = new EmulatorUser(bot, "retried");
        Assert.Contains(WhereQuestion, Text(await user.SayAsync("I'm being bullied")), StringComparison.Ordinal);
        var online = Expecting(EmulatorActivities.Message(Nowhere, "retried", "Online"));

        var first = await PostAsync(bot, online);
        var retry = await PostAsync(bot, online);
        var next = await user.SayAsync("That's all for now");

        Assert.Contains(OnlineAdvice, Text(first), StringComparison.Ordinal);
        Assert.Contains(AnythingElse, Text(first), StringComparison.Ordinal);
        Assert.Equal(Messages(first), Messages(retry));
        Assert.All(retry, r => Assert.Equal(online.Id, r.ReplyToId));

        // Had "Online" run twice, the second would have answered "Is there anything else going on?" and ended the flow.
        Assert.Contains("Well done for reaching out", Text(next), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameActivityPostedTwiceAtOnce_TheTurnRunsOnce_AndBothGetItsReplies()
    {
        await using var bot = await BotHost.StartAsync();
        var user = new EmulatorUser(bot, "at-once");
        await user.SayAsync("I'm being bullied");
        var online = Expecting(EmulatorActivities.Message(Nowhere, "at-once", "Online"));

        var both = await Task.WhenAll(PostAsync(bot, online), PostAsync(bot, online));
        var next = await user.SayAsync("That's all for now");

        Assert.All(both, replies => Assert.Equal(1, CountMessagesContaining(replies, OnlineAdvice)));
        Assert.Equal(Messages(both[0]), Messages(both[1]));
        Assert.Contains("Well done for reaching out", Text(next), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetriedDangerMessage_GetsOneSetOfReplies_AndTheAlertIsRaisedOnce()
    {
        var logs = new CapturedLogs();
        await using var bot = await BotHost.StartAsync(configure: logs.AddTo);
        var danger = Expecting(EmulatorActivities.Message(Nowhere, "danger-retried", "I want to kill myself"));

        var first = await PostAsync(bot, danger);
        var retry = await PostAsync(bot, danger);

        Assert.Equal(1, CountMessagesContaining(first, "116 123"));
        Assert.Equal(1, CountMessagesContaining(retry, "116 123"));
        Assert.Equal(Messages(first), Messages(retry));
        Assert.Single(logs.Lines, l => l.Message.StartsWith("Safeguarding alert raised", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MessageWithoutAnId_PostedTwice_RunsTwiceAsBefore()
    {
        await using var bot = await BotHost.StartAsync();
        var user = new EmulatorUser(bot, "no-id");
        await user.SayAsync("I'm being bullied");
        var online = Expecting(EmulatorActivities.Message(Nowhere, "no-id", "Online")) with { Id = null };

        var first = await PostAsync(bot, online);
        var second = await PostAsync(bot, online);

        Assert.Contains(OnlineAdvice, Text(first), StringComparison.Ordinal);
        Assert.DoesNotContain(OnlineAdvice, Text(second), StringComparison.Ordinal);
        Assert.Equal("bullying", Flow(second));
    }

    [Fact]
    public async Task TurnSavedButItsAnswerLost_TheRetryGetsTheStep_NotAFallback()
    {
        // As a crash between saving and answering: the state is written, then the turn fails before anything is sent.
        var storage = new LosesTheAnswerAfterWriting();
        await using var bot = await BotHost.StartAsync(configure: b => b.Services.AddSingleton<IStorage>(storage));
        var user = new EmulatorUser(bot, "crashed");
        await user.SayAsync("I'm being bullied");
        var online = Expecting(EmulatorActivities.Message(Nowhere, "crashed", "Online"));

        storage.FailNextWrite = true;
        var lost = await PostAsync(bot, online);
        var retry = await PostAsync(bot, online);

        Assert.Contains(Apology, Text(lost), StringComparison.Ordinal);
        Assert.DoesNotContain(OnlineAdvice, Text(lost), StringComparison.Ordinal);
        Assert.Contains(OnlineAdvice, Text(retry), StringComparison.Ordinal);
        Assert.Contains(AnythingElse, Text(retry), StringComparison.Ordinal);
        Assert.DoesNotContain("didn't understand", Text(retry), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RememberedReplies_AreKeptForTheLastFewMessagesOnly_WithNothingTheUserTyped()
    {
        var storage = new MemoryStorage();
        await using var bot = await BotHost.StartAsync(configure: b => b.Services.AddSingleton<IStorage>(storage));
        var user = new EmulatorUser(bot, "small-state");
        string[] said = ["I'm being bullied", "Online", "That's all for now", "menu", "my sister is mean to me xyzzy"];
        foreach (var text in said)
        {
            await user.SayAsync(text);
        }

        var stored = (await storage.ReadAsync(["emulator/conversations/small-state"]))["emulator/conversations/small-state"].Json;
        var turns = JsonDocument.Parse(stored).RootElement.GetProperty("recentTurns");

        Assert.Equal(IdempotentTurnMiddleware.MaxRememberedTurns, turns.GetArrayLength());
        Assert.DoesNotContain("xyzzy", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("small-state", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("user-id", stored, StringComparison.Ordinal);
    }

    private static Activity Expecting(Activity activity) => activity with { DeliveryMode = DeliveryModes.ExpectReplies };

    private static async Task<IReadOnlyList<Activity>> PostAsync(BotHost bot, Activity activity) =>
        (await ReadRepliesAsync(await bot.PostActivityAsync(activity))).Activities;

    // What the person sees: the messages' text and cards, in order.
    private static List<string> Messages(IEnumerable<Activity> replies) =>
        [.. replies.Where(r => r.Type == ActivityTypes.Message).Select(r => r.Text + JsonSerializer.Serialize(r.Attachments, BotJson.Options))];

    internal static async Task<ExpectedReplies> ReadRepliesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        return JsonSerializer.Deserialize<ExpectedReplies>(body, BotJson.Options)!;
    }

    /// <summary>A store that, once told to, writes the next change and then fails the call, as a crash right after the write would.</summary>
    private sealed class LosesTheAnswerAfterWriting : IStorage
    {
        private readonly MemoryStorage _inner = new();

        public bool FailNextWrite { get; set; }

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            _inner.ReadAsync(keys, cancellationToken);

        public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
        {
            var eTags = await _inner.WriteAsync(changes, cancellationToken);
            if (FailNextWrite)
            {
                FailNextWrite = false;
                throw new TimeoutException("the process died after writing");
            }

            return eTags;
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);
    }
}
