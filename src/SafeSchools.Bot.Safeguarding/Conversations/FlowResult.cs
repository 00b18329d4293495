namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>How a flow ended: with a hand-over to another flow, or (null) finished.</summary>
/// <param name="NextFlowId">The flow to run next, or null when the conversation is done for now.</param>
/// <param name="Lead">A sentence to say before the next flow starts.</param>
public sealed record FlowResult(string? NextFlowId, string? Lead = null);
