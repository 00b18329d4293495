namespace SafeSchools.Bot.Dialogs;

/// <summary>What the dialog stack is doing after a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack is empty: no dialog was running.</summary>
    Empty,

    /// <summary>The active dialog is waiting for the user.</summary>
    Waiting,

    /// <summary>The last dialog on the stack completed.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
