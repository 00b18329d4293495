namespace SafeSchools.Bot.Connector.Authentication;

/// <summary>Supplies the bearer token the bot sends with its replies to a channel.</summary>
public interface IAccessTokenProvider
{
    /// <summary>Returns a token, or null when no Authorization header should be sent (dev mode).</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
