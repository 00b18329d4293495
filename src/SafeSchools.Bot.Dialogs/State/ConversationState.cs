using SafeSchools.Bot.Connector;

namespace SafeSchools.Bot.Dialogs;

/// <summary>State of one conversation, keyed <c>{channelId}/conversations/{conversation.id}</c>.</summary>
/// <param name="storage">Where the state is kept.</param>
public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    /// <summary>The storage key of a conversation's state.</summary>
    /// <param name="channelId">The channel, e.g. <c>directline</c>.</param>
    /// <param name="conversationId">The conversation's id on that channel.</param>
    public static string KeyFor(string channelId, string conversationId) => $"{channelId}/conversations/{conversationId}";

    /// <inheritdoc />
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return KeyFor(Require(activity.ChannelId, "channelId"), Require(activity.Conversation?.Id, "conversation.id"));
    }
}
