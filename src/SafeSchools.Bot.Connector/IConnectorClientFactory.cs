using System.Security.Claims;

namespace SafeSchools.Bot.Connector;

/// <summary>Creates connector clients for a channel's service URL.</summary>
public interface IConnectorClientFactory
{
    /// <summary>Returns a client for <paramref name="serviceUrl"/>, for a request made by <paramref name="identity"/>.</summary>
    IConnectorClient Create(string serviceUrl, ClaimsIdentity identity);
}
