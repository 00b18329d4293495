namespace SafeSchools.Bot.Connector.Schema;

/// <summary>The HTTP status and body a bot returns for an <c>invoke</c> activity.</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Body">The response body, serialized as JSON.</param>
public sealed record InvokeResponse(int Status, object? Body = null);
