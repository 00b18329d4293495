using SafeSchools.Bot.Connector;

namespace SafeSchools.Bot.Dialogs;

/// <summary>State of one user across conversations, keyed <c>{channelId}/users/{from.id}</c>.</summary>
/// <param name="storage">Where the state is kept.</param>
public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    /// <inheritdoc />
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return $"{Require(activity.ChannelId, "channelId")}/users/{Require(activity.From?.Id, "from.id")}";
    }
}
