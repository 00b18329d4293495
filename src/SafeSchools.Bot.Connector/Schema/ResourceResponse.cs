namespace SafeSchools.Bot.Connector.Schema;

/// <summary>The id a channel gives an activity it accepted.</summary>
/// <param name="Id">The new activity id.</param>
public sealed record ResourceResponse(string? Id);
