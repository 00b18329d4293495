namespace SafeSchools.Bot.Safeguarding.Routing;

/// <summary>How well one flow fits a message, with the evidence that explains the score.</summary>
/// <param name="FlowId">The flow id.</param>
/// <param name="Score">Keyword weights plus the example overlap.</param>
/// <param name="Evidence">The keywords that matched and the closest example, for officers checking a route.</param>
public sealed record IntentCandidate(string FlowId, double Score, IReadOnlyList<string> Evidence);
