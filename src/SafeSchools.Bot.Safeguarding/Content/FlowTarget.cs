namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Start another flow (<c>goto: flow-id</c>).</summary>
/// <param name="FlowId">The id of the flow.</param>
/// <param name="Location">Where the reference is written.</param>
public sealed record FlowTarget(string FlowId, SourceLocation Location) : Target(Location);
