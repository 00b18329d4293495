using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Tests.Endpoints;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Bots;

public sealed class TurnErrorTests
{
    [Fact]
    public async Task Message_BotThrows_UserStillGetsAnApologyWithThe999Line()
    {
        await using var bot = await BotHost.StartAsync(configure: b => b.Services.AddSingleton<IBot, ThrowingBot>());
        var message = EmulatorActivities.Message(new Uri("http://127.0.0.1:9"), "c1", "help") with { DeliveryMode = DeliveryModes.ExpectReplies };

        var replies = await ExpectRepliesTests.ReadRepliesAsync(await bot.PostActivityAsync(message));

        var apology = Assert.Single(replies.Activities);
        Assert.Contains("Sorry", apology.Text, StringComparison.Ordinal);
        Assert.Contains("call 999", apology.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_ServiceUrlUnreachable_TurnEndsWithoutCrashingTheHost()
    {
        await using var bot = await BotHost.StartAsync();

        var response = await bot.PostActivityAsync(EmulatorActivities.Message(new Uri("http://127.0.0.1:9"), "c1", "hi"));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await bot.Client.GetAsync("/healthz")).StatusCode);
    }

    private sealed class ThrowingBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("simulated failure");
    }
}
