namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>The options a flow is begun with: which flow, and an optional line to say first.</summary>
/// <param name="FlowId">The flow to run.</param>
/// <param name="Lead">A sentence sent before the flow's first message, e.g. why it was chosen.</param>
public sealed record FlowStart(string FlowId, string? Lead = null);
