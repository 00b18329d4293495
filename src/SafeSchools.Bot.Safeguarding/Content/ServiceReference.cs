namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>A reference from a handoff step to a service in the directory.</summary>
/// <param name="ServiceId">The service's id in <c>services.yaml</c>.</param>
/// <param name="Location">Where the reference is written.</param>
public sealed record ServiceReference(string ServiceId, SourceLocation Location);
