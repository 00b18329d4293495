using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Tests.Infrastructure;

/// <summary>A user in the Emulator talking to the bot with expectReplies, turn by turn.</summary>
public sealed class EmulatorUser(BotHost bot, string conversationId = "conv-1|livechat")
{
    private static readonly Uri Nowhere = new("http://127.0.0.1:9");

    public async Task<IReadOnlyList<Activity>> SayAsync(string text) =>
        await SendAsync(EmulatorActivities.Message(Nowhere, conversationId, text));

    public async Task<IReadOnlyList<Activity>> StartAsync() =>
        await SendAsync(EmulatorActivities.ConversationUpdate(Nowhere, conversationId));

    private async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        var response = await bot.PostActivityAsync(activity with { DeliveryMode = DeliveryModes.ExpectReplies });
        return (await Endpoints.ExpectRepliesTests.ReadRepliesAsync(response)).Activities;
    }
}
