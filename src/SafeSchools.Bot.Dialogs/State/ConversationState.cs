using SafeSchools.Bot.Connector;

namespace SafeSchools.Bot.Dialogs;

/// <summary>State of one conversation, keyed <c>{channelId}/conversations/{conversation.id}</c>.</summary>
/// <param name="storage">Where the state is kept.</param>
public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    /// <inheritdoc />
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return $"{Require(activity.ChannelId, "channelId")}/conversations/{Require(activity.Conversation?.Id, "conversation.id")}";
    }
}
