using System.Text.Json;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Connector.Tests.Authentication;

namespace SafeSchools.Bot.Dialogs.Tests.State;

public sealed class IdempotentTurnMiddlewareTests
{
    private readonly MemoryStorage _storage = new();
    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UnixEpoch);
    private readonly TestAdapter _adapter = new();
    private readonly ConversationState _state;
    private readonly IStatePropertyAccessor<int> _count;

    public IdempotentTurnMiddlewareTests()
    {
        _state = new ConversationState(_storage);
        _count = _state.CreateProperty<int>("count");
        _adapter.Use(new IdempotentTurnMiddleware(_state, _clock));
    }

    [Fact]
    public async Task SameActivityTwice_TheTurnRunsOnce_AndTheRetryGetsItsReplies()
    {
        var activity = _adapter.MakeActivity("hi");

        var first = await TurnAsync(activity);
        var retry = await TurnAsync(activity);

        Assert.Equal(["count 1"], first.Select(r => r.Text));
        Assert.Equal(["count 1"], retry.Select(r => r.Text));
        Assert.Equal(activity.Id, retry[0].ReplyToId);
        Assert.Equal(1, await StoredCountAsync());
    }

    [Fact]
    public async Task ActivityWithoutAnId_RunsEveryTime()
    {
        var activity = _adapter.MakeActivity("hi") with { Id = null };

        await TurnAsync(activity);
        var second = await TurnAsync(activity);

        Assert.Equal(["count 2"], second.Select(r => r.Text));
    }

    [Fact]
    public async Task RetryAfterTheRepliesAreForgotten_RunsAgain()
    {
        var activity = _adapter.MakeActivity("hi");
        await TurnAsync(activity);

        _clock.Advance(IdempotentTurnMiddleware.RememberFor);
        var late = await TurnAsync(activity);

        Assert.Equal(["count 2"], late.Select(r => r.Text));
    }

    [Fact]
    public async Task OnlyTheLatestTurnsAreRemembered_WithoutAddresses()
    {
        var oldest = _adapter.MakeActivity("one");
        await TurnAsync(oldest);
        for (var i = 0; i < IdempotentTurnMiddleware.MaxRememberedTurns; i++)
        {
            await TurnAsync(_adapter.MakeActivity("more"));
        }

        var stored = (await _storage.ReadAsync(["test/conversations/conversation-1"]))["test/conversations/conversation-1"].Json;
        var turns = JsonDocument.Parse(stored).RootElement.GetProperty("recentTurns");
        var rerun = await TurnAsync(oldest);

        Assert.Equal(IdempotentTurnMiddleware.MaxRememberedTurns, turns.GetArrayLength());
        Assert.DoesNotContain(_adapter.User.Id!, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("test.invalid", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("\"more\"", stored, StringComparison.Ordinal);
        Assert.Equal([$"count {IdempotentTurnMiddleware.MaxRememberedTurns + 2}"], rerun.Select(r => r.Text));
    }

    [Fact]
    public async Task SameActivityTwiceAtOnce_OneDeliveryWaitsForTheOther_AndGetsItsReplies()
    {
        var activity = _adapter.MakeActivity("hi");
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = 0;

        var turns = Enumerable.Range(0, 2).Select(_ => _adapter.ProcessActivityAsync(activity, async (turn, ct) =>
        {
            Interlocked.Increment(ref entered);
            await release.Task;
            await CountAsync(turn, ct);
        })).ToList();
        await Task.Delay(100);
        var enteredWhileFirstRan = Volatile.Read(ref entered);
        release.SetResult();
        await Task.WhenAll(turns);

        Assert.Equal(1, enteredWhileFirstRan);
        Assert.Equal(1, Volatile.Read(ref entered));
        Assert.Equal(["count 1", "count 1"], Replies().Select(r => r.Text));
    }

    [Fact]
    public async Task RepliesWithQuotesAndTextBeyondAscii_AreStoredAsOneJsonString_AndARetryGetsThemUnchanged()
    {
        const string Text = "He said \"you're OK\" – café 😊\nline two \\ end";
        var activity = _adapter.MakeActivity("hi");
        BotCallbackHandler say = async (turn, cancellationToken) =>
        {
            await turn.SendActivityAsync(Text, cancellationToken);
            await TurnReplyLog.Of(turn)!.RememberAsync(cancellationToken);
            await _state.SaveChangesAsync(turn, false, cancellationToken);
        };

        await _adapter.ProcessActivityAsync(activity, say);
        Replies();
        var stored = (await _storage.ReadAsync(["test/conversations/conversation-1"]))["test/conversations/conversation-1"].Json;
        var replies = JsonDocument.Parse(stored).RootElement.GetProperty("recentTurns")[0].GetProperty("replies");
        await _adapter.ProcessActivityAsync(activity, say);

        Assert.Equal(JsonValueKind.String, replies.ValueKind);
        Assert.Equal(Text, JsonDocument.Parse(replies.GetString()!).RootElement[0].GetProperty("text").GetString());
        Assert.Equal([Text], Replies().Select(r => r.Text));
    }

    [Fact]
    public async Task RepliesStoredByAnEarlierVersion_AreGivenBackOnARetry()
    {
        var activity = _adapter.MakeActivity("hi");
        var earlier = $$"""{"count":1,"recentTurns":[{"activityId":"{{activity.Id}}","at":"1970-01-01T00:00:00+00:00","replies":"[{\"type\":\"message\",\"text\":\"count 1 \\u2013 you\u0027re\"}]"}]}""";
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { ["test/conversations/conversation-1"] = new(earlier) });

        var retry = await TurnAsync(activity);

        Assert.Equal(["count 1 – you're"], retry.Select(r => r.Text));
    }

    [Fact]
    public async Task RememberedTurnWithNamesInAnotherCaseAndAnUnknownField_IsStillFound()
    {
        var activity = _adapter.MakeActivity("hi");
        var earlier = $$"""{"count":1,"recentTurns":[{"note":{"x":[1]},"ActivityId":"{{activity.Id}}","AT":"1970-01-01T00:00:00Z","Replies":"[{\"type\":\"message\",\"text\":\"count 1\"}]"}]}""";
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { ["test/conversations/conversation-1"] = new(earlier) });

        var retry = await TurnAsync(activity);

        Assert.Equal(["count 1"], retry.Select(r => r.Text));
    }

    // A bot that remembers its replies in the write of its state, as a bot that uses the middleware does.
    private async Task CountAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var count = await _count.GetAsync(turn, () => 0, cancellationToken) + 1;
        await _count.SetAsync(turn, count, cancellationToken);
        await turn.SendActivityAsync($"count {count}", cancellationToken);
        if (TurnReplyLog.Of(turn) is { } log)
        {
            await log.RememberAsync(cancellationToken);
        }

        await _state.SaveChangesAsync(turn, false, cancellationToken);
    }

    private async Task<List<Activity>> TurnAsync(Activity activity)
    {
        await _adapter.ProcessActivityAsync(activity, CountAsync);
        return Replies();
    }

    private List<Activity> Replies()
    {
        var replies = new List<Activity>();
        while (_adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }

        return replies;
    }

    private async Task<int> StoredCountAsync()
    {
        var stored = await _storage.ReadAsync(["test/conversations/conversation-1"]);
        return JsonDocument.Parse(stored["test/conversations/conversation-1"].Json).RootElement.GetProperty("count").GetInt32();
    }
}
