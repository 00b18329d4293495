namespace SafeSchools.Bot.Connector;

/// <summary>
/// A turn's signal that the user asked for this conversation to be forgotten ("forget me"). The bot deletes its own
/// state and sets the signal; a channel that keeps its own copy of the conversation (the bot's Direct Line server keeps
/// the transcript in memory) reads it after the turn and drops that copy. Channels that keep nothing ignore it.
/// </summary>
public static class ConversationDeletion
{
    private const string Key = "SafeSchools.Bot.Connector.ConversationDeletion.Requested";

    /// <summary>Marks the turn: the conversation is to be forgotten once the turn's replies are out.</summary>
    public static void Request(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set(Key, true);
    }

    /// <summary>Whether the turn asked for the conversation to be forgotten.</summary>
    public static bool IsRequested(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<bool>(Key);
    }
}
