using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace SafeSchools.Bot.Connector.Authentication;

/// <summary>
/// Caches one OpenID metadata document and its signing keys, refetching after the refresh interval or, at most once
/// per minimum refresh interval, when a token names a key id we have not seen.
/// </summary>
/// <remarks>
/// IdentityModel's <c>ConfigurationManager</c> refreshes in the background once it has a configuration, so a
/// request signed with a newly rolled key would fail before the refresh lands; this cache lets the caller await
/// the refetch. Concurrent callers share one fetch; a failed refetch keeps serving the keys already held.
/// A failed fetch starts an outage: one warning is logged, and the next fetch waits out a back-off that doubles with
/// each failure in a row (from <see cref="BotAuthenticationOptions.MetadataRetryInitialDelay"/> up to
/// <see cref="BotAuthenticationOptions.MetadataRetryMaximumDelay"/>). With no keys held, callers meanwhile get
/// <see cref="AuthenticationUnavailableException"/> at once. The first fetch that works ends the outage.
/// </remarks>
internal sealed class OpenIdMetadataCache
{
    private readonly string _metadataUrl;
    private readonly HttpDocumentRetriever _retriever;
    private readonly TimeProvider _timeProvider;
    private readonly BotAuthenticationOptions _options;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private Snapshot? _current;
    private Task<Snapshot?>? _fetch;
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;
    private DateTimeOffset _retryAt = DateTimeOffset.MinValue;
    private int _failuresInARow;

    public OpenIdMetadataCache(Uri metadataUrl, HttpClient httpClient, BotAuthenticationOptions options, TimeProvider timeProvider, ILogger logger)
    {
        _metadataUrl = metadataUrl.AbsoluteUri;
        _retriever = new HttpDocumentRetriever(httpClient) { RequireHttps = options.RequireHttpsMetadata };
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Returns the cached configuration, fetching it first if there is none or it is due for refresh.</summary>
    /// <exception cref="AuthenticationUnavailableException">No keys are held and none can be fetched now.</exception>
    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        return current is not null && _timeProvider.GetUtcNow() < current.FetchedAt + _options.MetadataRefreshInterval
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
        Task<Snapshot?> fetch;
        lock (_lock)
        {
            var now = _timeProvider.GetUtcNow();
            if (_current is { } current)
            {
                if (!ReferenceEquals(current.Configuration, seen))
                {
                    return current.Configuration;
                }

                var fresh = now < current.FetchedAt + _options.MetadataRefreshInterval;
                var attemptedRecently = now < _lastAttempt + _options.MinimumMetadataRefreshInterval;
                if (_fetch is null && ((fresh && !unknownKey) || attemptedRecently || now < _retryAt))
                {
                    return current.Configuration;
                }
            }
            else if (_fetch is null && now < _retryAt)
            {
                throw Unavailable(_retryAt - now);
            }

            if (_fetch is null)
            {
                _lastAttempt = now;

                // Task.Run so the fetch cannot complete (and clear _fetch) before it has been stored.
                _fetch = Task.Run(FetchCoreAsync, CancellationToken.None);
            }

            fetch = _fetch;
        }

        var snapshot = await fetch.WaitAsync(cancellationToken);
        if (snapshot is not null)
        {
            return snapshot.Configuration;
        }

        // The metadata endpoint is unreachable or answered nonsense: keep using the keys we already trust, if any.
        return Volatile.Read(ref _current) is { } stale ? stale.Configuration : throw Unavailable(RetryAfter());
    }

    private async Task<Snapshot?> FetchCoreAsync()
    {
        Snapshot? snapshot = null;
        Exception? failure = null;
        try
        {
            // Not tied to one caller's cancellation: other requests share this fetch. HttpClient.Timeout bounds it.
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(_metadataUrl, _retriever, CancellationToken.None);
            snapshot = new Snapshot(configuration, _timeProvider.GetUtcNow());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            failure = ex;
        }

        var (failuresBefore, delay) = Record(snapshot);
        if (failure is not null && failuresBefore == 0)
        {
            // Once per outage, by type only: the message could quote the document.
            _logger.LogWarning(
                "OpenID metadata {MetadataUrl} could not be fetched ({ExceptionType}); tokens needing keys not yet held get 503 until it can, retrying with back-off from {RetryDelaySeconds} s",
                _metadataUrl, failure.GetType().Name, delay.TotalSeconds);
        }
        else if (failure is null && failuresBefore > 0)
        {
            _logger.LogInformation("OpenID metadata {MetadataUrl} fetched again after {FailedFetches} failed fetches", _metadataUrl, failuresBefore);
        }

        return snapshot;
    }

    // Stores the outcome and ends the shared fetch; returns the failures in a row before it and the back-off now set.
    private (int FailuresBefore, TimeSpan Delay) Record(Snapshot? snapshot)
    {
        lock (_lock)
        {
            var failuresBefore = _failuresInARow;
            _fetch = null;
            if (snapshot is not null)
            {
                Volatile.Write(ref _current, snapshot);
                _failuresInARow = 0;
                _retryAt = DateTimeOffset.MinValue;
                return (failuresBefore, TimeSpan.Zero);
            }

            _failuresInARow++;
            var delay = BackOff(_failuresInARow);
            _retryAt = _timeProvider.GetUtcNow() + delay;
            return (failuresBefore, delay);
        }
    }

    private TimeSpan BackOff(int failures)
    {
        var doublings = Math.Min(failures - 1, 30);
        var ticks = Math.Min(_options.MetadataRetryMaximumDelay.Ticks, _options.MetadataRetryInitialDelay.Ticks * Math.Pow(2, doublings));
        return TimeSpan.FromTicks((long)ticks);
    }

    private TimeSpan RetryAfter()
    {
        lock (_lock)
        {
            return _retryAt - _timeProvider.GetUtcNow();
        }
    }

    private static AuthenticationUnavailableException Unavailable(TimeSpan retryAfter) =>
        new("The OpenID metadata with the token signing keys cannot be fetched now.", retryAfter);

    private sealed record Snapshot(OpenIdConnectConfiguration Configuration, DateTimeOffset FetchedAt);
}
