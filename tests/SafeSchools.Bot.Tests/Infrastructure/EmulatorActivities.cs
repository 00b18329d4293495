using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Tests.Infrastructure;

/// <summary>Activities stamped the way Bot Framework Emulator stamps them.</summary>
public static class EmulatorActivities
{
    public static readonly ChannelAccount Bot = new("bot-id", "Bot") { Role = "bot" };
    public static readonly ChannelAccount User = new("user-id", "User") { Role = "user" };

    public static Activity ConversationUpdate(Uri serviceUrl, string conversationId) => Stamp(serviceUrl, conversationId) with
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount(Bot.Id, Bot.Name), new ChannelAccount(User.Id, User.Name)],
    };

    public static Activity Message(Uri serviceUrl, string conversationId, string text) => Stamp(serviceUrl, conversationId) with
    {
        Type = ActivityTypes.Message,
        Text = text,
    };

    private static Activity Stamp(Uri serviceUrl, string conversationId) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = Channels.Emulator,
        ServiceUrl = serviceUrl.ToString().TrimEnd('/'),
        Conversation = new ConversationAccount(conversationId),
        From = User,
        Recipient = Bot,
        Locale = "en-GB",
        Timestamp = DateTimeOffset.UtcNow,
    };
}
