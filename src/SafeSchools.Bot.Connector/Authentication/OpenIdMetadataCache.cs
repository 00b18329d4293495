using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace SafeSchools.Bot.Connector.Authentication;

/// <summary>
/// Caches one OpenID metadata document and its signing keys, refetching after <c>refreshInterval</c> or, at most once per
/// <c>minimumRefreshInterval</c>, when a token names a key id we have not seen.
/// </summary>
/// <remarks>
/// IdentityModel's <c>ConfigurationManager</c> refreshes in the background once it has a configuration, so a
/// request signed with a newly rolled key would fail before the refresh lands; this cache lets the caller await
/// the refetch. Concurrent callers share one fetch; a failed refetch keeps serving the keys already held.
/// </remarks>
internal sealed class OpenIdMetadataCache
{
    private readonly string _metadataUrl;
    private readonly HttpDocumentRetriever _retriever;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _refreshInterval;
    private readonly TimeSpan _minimumRefreshInterval;
    private readonly Lock _lock = new();
    private Snapshot? _current;
    private Task<Snapshot>? _fetch;
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;

    public OpenIdMetadataCache(
        Uri metadataUrl, HttpClient httpClient, bool requireHttps, TimeSpan refreshInterval, TimeSpan minimumRefreshInterval, TimeProvider timeProvider)
    {
        _metadataUrl = metadataUrl.AbsoluteUri;
        _retriever = new HttpDocumentRetriever(httpClient) { RequireHttps = requireHttps };
        _refreshInterval = refreshInterval;
        _minimumRefreshInterval = minimumRefreshInterval;
        _timeProvider = timeProvider;
    }

    /// <summary>Returns the cached configuration, fetching it first if there is none or it is due for refresh.</summary>
    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        return current is not null && _timeProvider.GetUtcNow() < current.FetchedAt + _refreshInterval
            ? Task.FromResult(current.Configuration)
            : FetchAsync(current?.Configuration, unknownKey: false, cancellationToken);
    }

    /// <summary>
    /// Called when a token's key id is not in <paramref name="seen"/>: returns a newer configuration if one is (or
    /// can be) fetched, otherwise <paramref name="seen"/> itself.
    /// </summary>
    public Task<OpenIdConnectConfiguration> RefreshForUnknownKeyAsync(OpenIdConnectConfiguration seen, CancellationToken cancellationToken) =>
        FetchAsync(seen, unknownKey: true, cancellationToken);

    private async Task<OpenIdConnectConfiguration> FetchAsync(OpenIdConnectConfiguration? seen, bool unknownKey, CancellationToken cancellationToken)
    {
        Task<Snapshot> fetch;
        lock (_lock)
        {
            var now = _timeProvider.GetUtcNow();
            if (_current is { } current)
            {
                if (!ReferenceEquals(current.Configuration, seen))
                {
                    return current.Configuration;
                }

                var fresh = now < current.FetchedAt + _refreshInterval;
                var attemptedRecently = now < _lastAttempt + _minimumRefreshInterval;
                if (_fetch is null && ((fresh && !unknownKey) || attemptedRecently))
                {
                    return current.Configuration;
                }
            }

            if (_fetch is null)
            {
                _lastAttempt = now;

                // Task.Run so the fetch cannot complete (and clear _fetch) before it has been stored.
                _fetch = Task.Run(FetchCoreAsync, CancellationToken.None);
            }

            fetch = _fetch;
        }

        try
        {
            return (await fetch.WaitAsync(cancellationToken)).Configuration;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested && Volatile.Read(ref _current) is { } stale)
        {
            // The metadata endpoint is unreachable or answered nonsense: keep using the keys we already trust.
            return stale.Configuration;
        }
    }

    private async Task<Snapshot> FetchCoreAsync()
    {
        try
        {
            // Not tied to one caller's cancellation: other requests share this fetch. HttpClient.Timeout bounds it.
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(_metadataUrl, _retriever, CancellationToken.None);
            var snapshot = new Snapshot(configuration, _timeProvider.GetUtcNow());
            Volatile.Write(ref _current, snapshot);
            return snapshot;
        }
        finally
        {
            lock (_lock)
            {
                _fetch = null;
            }
        }
    }

    private sealed record Snapshot(OpenIdConnectConfiguration Configuration, DateTimeOffset FetchedAt);
}
