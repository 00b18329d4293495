namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// The little the bot keeps about a conversation besides its dialog stack: which flow is active, whether it was welcomed, and
/// whether an uncertain alert is waiting for a yes or no. Never anything the user typed.
/// </summary>
public sealed record SafeguardingSession
{
    /// <summary>The flow running now, or null.</summary>
    public string? ActiveFlow { get; init; }

    /// <summary>Whether the conversation has been welcomed, so a second install or join event doesn't welcome it again.</summary>
    public bool Welcomed { get; init; }

    /// <summary>The alert category a clarifying question was asked about, or null.</summary>
    public string? PendingAlert { get; init; }
}
