namespace SafeSchools.Bot.Safeguarding.Routing;

/// <summary>Where a new user's first message should go.</summary>
/// <param name="FlowId">The chosen flow, or null when the bot should ask which one they meant (Unsure).</param>
/// <param name="Score">The best flow's score.</param>
/// <param name="IsConfident">Whether the best flow scored enough and clearly beat the runner-up.</param>
/// <param name="Candidates">Every flow, best first, with its score and evidence.</param>
public sealed record IntentResult(string? FlowId, double Score, bool IsConfident, IReadOnlyList<IntentCandidate> Candidates)
{
    /// <summary>Whether the bot should ask which flow the user meant.</summary>
    public bool IsUnsure => !IsConfident;
}
