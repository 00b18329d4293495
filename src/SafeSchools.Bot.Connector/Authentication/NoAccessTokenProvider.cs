namespace SafeSchools.Bot.Connector.Authentication;

/// <summary>Dev mode: replies are sent without an Authorization header, as the Emulator accepts.</summary>
public sealed class NoAccessTokenProvider : IAccessTokenProvider
{
    /// <inheritdoc />
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
