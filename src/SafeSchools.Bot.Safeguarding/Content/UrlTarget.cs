namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Open a web address (<c>url: https://...</c>); it must be in the services directory.</summary>
/// <param name="Url">The address.</param>
/// <param name="Location">Where the reference is written.</param>
public sealed record UrlTarget(string Url, SourceLocation Location) : Target(Location);
