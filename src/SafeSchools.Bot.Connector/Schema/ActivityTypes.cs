namespace SafeSchools.Bot.Connector.Schema;

/// <summary>The activity types of the Bot Framework schema.</summary>
public static class ActivityTypes
{
    /// <summary>A message.</summary>
    public const string Message = "message";

    /// <summary>Members joined or left.</summary>
    public const string ConversationUpdate = "conversationUpdate";

    /// <summary>The sender is typing.</summary>
    public const string Typing = "typing";

    /// <summary>The conversation ended.</summary>
    public const string EndOfConversation = "endOfConversation";

    /// <summary>A named event.</summary>
    public const string Event = "event";

    /// <summary>A synchronous request that needs a response body.</summary>
    public const string Invoke = "invoke";

    /// <summary>Diagnostic information; delivered only to the Emulator.</summary>
    public const string Trace = "trace";

    /// <summary>Reactions were added or removed.</summary>
    public const string MessageReaction = "messageReaction";

    /// <summary>The bot was added to or removed from a contact list.</summary>
    public const string ContactRelationUpdate = "contactRelationUpdate";

    /// <summary>The bot was installed or uninstalled.</summary>
    public const string InstallationUpdate = "installationUpdate";
}
