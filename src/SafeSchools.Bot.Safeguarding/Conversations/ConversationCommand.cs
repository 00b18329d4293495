namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>Words that work at any step.</summary>
public enum ConversationCommand
{
    /// <summary>Not a command.</summary>
    None,

    /// <summary>"help", "?".</summary>
    Help,

    /// <summary>"menu", "restart", "start again".</summary>
    Menu,

    /// <summary>"stop", "quit", "cancel".</summary>
    Stop,

    /// <summary>"I'm in danger now".</summary>
    Danger,

    /// <summary>"forget me", "delete my chat".</summary>
    ForgetMe,
}
