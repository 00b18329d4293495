namespace SafeSchools.Bot.Endpoints;

/// <summary>A machine-readable code and a human-readable reason.</summary>
internal sealed record ErrorDetail(string Code, string Message);
