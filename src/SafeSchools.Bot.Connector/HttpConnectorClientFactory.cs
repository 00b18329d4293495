using System.Security.Claims;
using SafeSchools.Bot.Connector.Authentication;

namespace SafeSchools.Bot.Connector;

/// <summary>Creates <see cref="HttpConnectorClient"/>s that share one <see cref="HttpClient"/>.</summary>
/// <param name="httpClient">The shared HTTP client.</param>
/// <param name="tokens">Supplies outbound bearer tokens.</param>
public sealed class HttpConnectorClientFactory(HttpClient httpClient, IAccessTokenProvider tokens) : IConnectorClientFactory
{
    /// <inheritdoc />
    public IConnectorClient Create(string serviceUrl, ClaimsIdentity identity)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException("The activity's serviceUrl is not an absolute http(s) URL.");
        }

        return new HttpConnectorClient(httpClient, uri, tokens);
    }
}
