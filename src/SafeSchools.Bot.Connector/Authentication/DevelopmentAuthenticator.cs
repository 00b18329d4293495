using System.Security.Claims;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Connector.Authentication;

/// <summary>
/// Emulator dev mode: with no app id configured, requests are accepted without an Authorization header,
/// as the Bot Framework SDK does for an empty app id.
/// </summary>
public sealed class DevelopmentAuthenticator : IBotAuthenticator
{
    /// <summary>The authentication type of the anonymous identity this returns.</summary>
    public const string AuthenticationType = "anonymous";

    /// <inheritdoc />
    public Task<ClaimsIdentity> AuthenticateAsync(Activity activity, string? authorizationHeader, CancellationToken cancellationToken) =>
        Task.FromResult(new ClaimsIdentity(AuthenticationType));
}
