using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Connector.Tests;

public sealed class TurnContextTests
{
    private static Activity Message(string channelId, string? deliveryMode = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = "1",
        ChannelId = channelId,
        Conversation = new ConversationAccount("c"),
        From = new ChannelAccount("u"),
        Recipient = new ChannelAccount("b"),
        DeliveryMode = deliveryMode,
    };

    [Theory]
    [InlineData(Channels.Emulator, 2)]
    [InlineData(Channels.MsTeams, 1)]
    [InlineData(Channels.WebChat, 1)]
    public async Task SendActivities_TraceActivities_DeliveredOnlyToTheEmulator(string channelId, int expected)
    {
        var adapter = new RecordingAdapter();
        var context = new TurnContext(adapter, Message(channelId));

        await context.SendActivitiesAsync([Activity.CreateMessage("hi"), new Activity { Type = ActivityTypes.Trace, Name = "t" }]);

        Assert.Equal(expected, adapter.Sent.Count);
        Assert.True(context.Responded);
    }

    [Fact]
    public async Task SendActivities_ExpectReplies_AreBufferedNotSent()
    {
        var adapter = new RecordingAdapter();
        var context = new TurnContext(adapter, Message(Channels.Emulator, DeliveryModes.ExpectReplies));

        await context.SendActivityAsync("one");
        await context.SendActivityAsync("two");

        Assert.Empty(adapter.Sent);
        Assert.Equal(["one", "two"], context.BufferedReplyActivities.Select(a => a.Text));
    }

    [Fact]
    public async Task OnSendActivities_HandlersSeeEveryReplyInOrder()
    {
        var adapter = new RecordingAdapter();
        var context = new TurnContext(adapter, Message(Channels.Test));
        var seen = new List<string>();
        context.OnSendActivities(async (_, activities, next) =>
        {
            seen.AddRange(activities.Select(a => a.Text!));
            return await next();
        });

        await context.SendActivityAsync("hello");

        Assert.Equal(["hello"], seen);
        Assert.Equal("u", adapter.Sent.Single().Recipient?.Id);
    }

    [Fact]
    public async Task Pipeline_BotThrows_OnTurnErrorRunsWithTheException()
    {
        var adapter = new RecordingAdapter();
        Exception? caught = null;
        adapter.OnTurnError = async (turn, ex) =>
        {
            caught = ex;
            await turn.SendActivityAsync("sorry");
        };

        await adapter.RunAsync(Message(Channels.Test), (_, _) => throw new InvalidOperationException("boom"));

        Assert.IsType<InvalidOperationException>(caught);
        Assert.Equal("sorry", adapter.Sent.Single().Text);
    }

    [Fact]
    public async Task Middleware_RunsInOrderAroundTheBot()
    {
        var adapter = new RecordingAdapter();
        var order = new List<string>();
        adapter.Use(new OrderMiddleware("a", order)).Use(new OrderMiddleware("b", order));

        await adapter.RunAsync(Message(Channels.Test), (_, _) =>
        {
            order.Add("bot");
            return Task.CompletedTask;
        });

        Assert.Equal(["a>", "b>", "bot", "<b", "<a"], order);
    }

    private sealed class OrderMiddleware(string name, List<string> order) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            order.Add(name + ">");
            await next(cancellationToken);
            order.Add("<" + name);
        }
    }
}
