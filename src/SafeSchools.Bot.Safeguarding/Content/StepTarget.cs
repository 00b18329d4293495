namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Go to another step in the same flow (<c>next: step-id</c>).</summary>
/// <param name="StepId">The id of the step.</param>
/// <param name="Location">Where the reference is written.</param>
public sealed record StepTarget(string StepId, SourceLocation Location) : Target(Location);
