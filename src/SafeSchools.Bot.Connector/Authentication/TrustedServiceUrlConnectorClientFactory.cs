using System.Security.Claims;

namespace SafeSchools.Bot.Connector.Authentication;

/// <summary>
/// Guards another <see cref="IConnectorClientFactory"/> against request forgery: a client is created only for a
/// service URL the request's identity vouches for.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A channel identity from <see cref="BotFrameworkAuthenticator"/>: the URL must equal its
/// <see cref="BotFrameworkAuthenticator.ServiceUrlClaimType"/> claim (case-insensitive; a trailing slash is ignored).</item>
/// <item>Any other identity (an Emulator token, which carries no service URL; dev mode's anonymous identity; none):
/// only loopback URLs (<c>localhost</c>, 127.0.0.0/8, <c>::1</c>), where the Emulator listens.</item>
/// </list>
/// Anything else throws <see cref="UntrustedServiceUrlException"/> before any request or token fetch.
/// </remarks>
/// <param name="inner">Creates the clients once the URL is accepted.</param>
public sealed class TrustedServiceUrlConnectorClientFactory(IConnectorClientFactory inner) : IConnectorClientFactory
{
    private readonly IConnectorClientFactory _inner = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <inheritdoc />
    /// <exception cref="UntrustedServiceUrlException">The identity does not vouch for <paramref name="serviceUrl"/>.</exception>
    public IConnectorClient Create(string serviceUrl, ClaimsIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new UntrustedServiceUrlException("The reply's serviceUrl is not an absolute http(s) URL.");
        }

        var claimed = identity.IsAuthenticated && identity.AuthenticationType == BotFrameworkAuthenticator.AuthenticationType
            ? identity.FindFirst(BotFrameworkAuthenticator.ServiceUrlClaimType)?.Value
            : null;
        if (claimed is not null)
        {
            if (!string.Equals(claimed.TrimEnd('/'), serviceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            {
                throw new UntrustedServiceUrlException("The reply's serviceUrl differs from the serviceurl claim of the channel's token.");
            }
        }
        else if (!uri.IsLoopback)
        {
            throw new UntrustedServiceUrlException(
                "Without a channel token vouching for it, replies may only go to a loopback serviceUrl (the Emulator).");
        }

        return _inner.Create(serviceUrl, identity);
    }
}
