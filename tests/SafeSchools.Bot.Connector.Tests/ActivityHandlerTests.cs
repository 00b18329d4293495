using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Connector.Tests;

public sealed class ActivityHandlerTests
{
    [Fact]
    public async Task ConversationUpdate_BotAndUserAdded_WelcomesOnlyTheUser()
    {
        var bot = new WelcomingBot();
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Recipient = new ChannelAccount("bot"),
            From = new ChannelAccount("user"),
            Conversation = new ConversationAccount("c"),
            MembersAdded = [new ChannelAccount("bot"), new ChannelAccount("user")],
        };

        await new RecordingAdapter().RunAsync(update, bot.OnTurnAsync);

        Assert.Equal(["user"], bot.Welcomed);
    }

    [Fact]
    public async Task Invoke_NotHandled_Answers501()
    {
        var context = new TurnContext(new RecordingAdapter(), new Activity { Type = ActivityTypes.Invoke, Name = "x" });

        await new WelcomingBot().OnTurnAsync(context);

        Assert.Equal(501, context.TurnState.Get<InvokeResponse>()!.Status);
    }

    private sealed class WelcomingBot : ActivityHandler
    {
        public List<string?> Welcomed { get; } = [];

        protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Welcomed.AddRange(membersAdded.Select(m => m.Id));
            return Task.CompletedTask;
        }
    }
}
