namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>The options a flow is begun with: which flow, an optional line to say first, and where in it to begin.</summary>
/// <param name="FlowId">The flow to run.</param>
/// <param name="Lead">A sentence sent before the flow's first message, e.g. why it was chosen.</param>
/// <param name="StepId">The step to begin at when the person already said what the flow's first question asks; null for the start.</param>
public sealed record FlowStart(string FlowId, string? Lead = null, string? StepId = null);
