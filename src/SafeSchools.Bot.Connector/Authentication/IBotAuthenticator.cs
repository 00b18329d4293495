using System.Security.Claims;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Connector.Authentication;

/// <summary>Decides whether an incoming request may run a turn.</summary>
public interface IBotAuthenticator
{
    /// <summary>
    /// Authenticates the request that carried <paramref name="activity"/>.
    /// Throws <see cref="UnauthorizedAccessException"/> when it must be refused, and
    /// <see cref="AuthenticationUnavailableException"/> when it cannot be checked now.
    /// </summary>
    /// <param name="activity">The incoming activity.</param>
    /// <param name="authorizationHeader">The raw Authorization header, if any.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The caller's identity.</returns>
    Task<ClaimsIdentity> AuthenticateAsync(Activity activity, string? authorizationHeader, CancellationToken cancellationToken);
}
