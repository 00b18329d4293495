namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// The little the bot keeps about a conversation besides its dialog stack: which flow is active and which of its
/// questions is waiting for an answer, whether it was welcomed, whether an uncertain alert is waiting for a yes or
/// no, whether the person said they are a parent or carer, the last answer given, and how often the bot missed what
/// they meant. Never
/// anything the user typed.
/// </summary>
public sealed record SafeguardingSession
{
    /// <summary>The name it is kept under in conversation state.</summary>
    public const string PropertyName = "session";

    /// <summary>The flow running now, or null.</summary>
    public string? ActiveFlow { get; init; }

    /// <summary>The step of <see cref="ActiveFlow"/> whose question is waiting for an answer, or null.</summary>
    public string? PendingStep { get; init; }

    /// <summary>Whether the conversation has been welcomed, so a second install or join event doesn't welcome it again.</summary>
    public bool Welcomed { get; init; }

    /// <summary>The alert category a clarifying question was asked about, or null.</summary>
    public string? PendingAlert { get; init; }

    /// <summary>
    /// The alert category whose full reply was given (a certain alert), so that a merely possible risk of the same kind
    /// in what they say next is answered rather than asked about again; null until then.
    /// </summary>
    public string? ToldAlert { get; init; }

    /// <summary>Whether the person is a parent or carer (answers are worded for them).</summary>
    public bool Parent { get; init; }

    /// <summary>Messages in a row the bot could not interpret; the second gets a human route.</summary>
    public int MissesInARow { get; init; }

    /// <summary>
    /// The answer (its intent) given to a question in the last turn, so that a follow-up about it ("is that only on a
    /// mobile?") can be answered; null after any other turn.
    /// </summary>
    public string? LastAnswer { get; init; }

    /// <summary>
    /// The topic the person is in (a <c>listening:</c> topic of answers.yaml: where they are, or the alert just raised),
    /// so that a message the bot can't place is answered with what matters most about it; null in the menu.
    /// </summary>
    public string? Topic { get; init; }

    /// <summary>Messages the bot could not interpret in the whole conversation, so each fallback is worded differently.</summary>
    public int Misses { get; init; }
}
