using System.Globalization;
using System.Text.Json;

namespace SafeSchools.Bot.Connector.Authentication;

/// <summary>
/// Gets the bot's outbound bearer token with the OAuth 2.0 client credentials grant, as the Bot Framework SDK's
/// <c>MsalAppCredentials</c> does, and caches it until shortly before <c>expires_in</c>.
/// </summary>
/// <remarks>
/// Concurrent callers share one request to the token endpoint. Once a token is within
/// <see cref="ClientCredentialsOptions.RefreshBeforeExpiry"/> of expiry, callers keep getting it while a single
/// background request fetches the next one; only a token about to expire (or none) makes callers wait.
/// Tokens and the secret are never logged or put in exception messages.
/// </remarks>
public sealed class ClientCredentialsTokenProvider : IAccessTokenProvider, IDisposable
{
    // Below this remaining lifetime a cached token is not handed out: it could expire in flight.
    private static readonly TimeSpan MinimumRemainingLifetime = TimeSpan.FromMinutes(1);

    // After a failed background refresh, wait this long before the next one (the cached token is still valid).
    private static readonly TimeSpan BackgroundRetryDelay = TimeSpan.FromSeconds(30);

    private readonly HttpClient _httpClient;
    private readonly ClientCredentialsOptions _options;
    private readonly Uri _tokenEndpoint;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _disposing = new();
    private CachedToken? _cached;
    private DateTimeOffset _nextBackgroundAttempt = DateTimeOffset.MinValue;

    /// <summary>Creates a provider for the app described by <paramref name="options"/>.</summary>
    /// <param name="httpClient">Posts to the token endpoint. Not disposed by this class.</param>
    /// <param name="options">App ID, secret, tenant or token endpoint.</param>
    /// <param name="timeProvider">The clock that decides when a token is due for refresh.</param>
    /// <exception cref="ArgumentException">The App ID or secret is missing.</exception>
    public ClientCredentialsTokenProvider(HttpClient httpClient, ClientCredentialsOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (string.IsNullOrWhiteSpace(options.AppId) || string.IsNullOrEmpty(options.AppPassword))
        {
            throw new ArgumentException("An App ID and secret are required; a bot without them uses NoAccessTokenProvider.", nameof(options));
        }

        _httpClient = httpClient;
        _options = options;
        _tokenEndpoint = options.ResolveTokenEndpoint();
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    /// <exception cref="HttpRequestException">The token endpoint refused or could not be reached.</exception>
    /// <exception cref="InvalidOperationException">The token endpoint's answer had no usable token.</exception>
    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var cached = Volatile.Read(ref _cached);
        var now = _timeProvider.GetUtcNow();
        if (cached is not null && now < cached.UsableUntil)
        {
            if (now >= cached.RefreshAt)
            {
                StartBackgroundRefresh();
            }

            return cached.Value;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have fetched a token while this one waited.
            cached = Volatile.Read(ref _cached);
            if (cached is not null && _timeProvider.GetUtcNow() < cached.UsableUntil)
            {
                return cached.Value;
            }

            return (await FetchAsync(cancellationToken)).Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Cancels a background refresh in flight.</summary>
    public void Dispose()
    {
        _disposing.Cancel();
        _disposing.Dispose();
    }

    private void StartBackgroundRefresh()
    {
        // A request already in flight (background or blocking) will renew the token.
        if (!_gate.Wait(0))
        {
            return;
        }

        _ = Task.Run(RefreshInBackgroundAsync, CancellationToken.None);
    }

    // Runs holding _gate, which StartBackgroundRefresh took.
    private async Task RefreshInBackgroundAsync()
    {
        try
        {
            var now = _timeProvider.GetUtcNow();
            if (now < _nextBackgroundAttempt || (Volatile.Read(ref _cached) is { } cached && now < cached.RefreshAt))
            {
                return;
            }

            await FetchAsync(_disposing.Token);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or OperationCanceledException or ObjectDisposedException)
        {
            // The cached token is still valid; try again shortly. A caller holding no valid token fetches (and throws) itself.
            _nextBackgroundAttempt = _timeProvider.GetUtcNow() + BackgroundRetryDelay;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<CachedToken> FetchAsync(CancellationToken cancellationToken)
    {
        var requestedAt = _timeProvider.GetUtcNow();
        using var content = new FormUrlEncodedContent(
        [
            KeyValuePair.Create("grant_type", "client_credentials"),
            KeyValuePair.Create("client_id", _options.AppId),
            KeyValuePair.Create("client_secret", _options.AppPassword),
            KeyValuePair.Create("scope", _options.Scope),
        ]);
        using var request = new HttpRequestMessage(HttpMethod.Post, _tokenEndpoint) { Content = content };
        using var response = await _httpClient.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"The token endpoint answered {(int)response.StatusCode} to the client credentials request.", null, response.StatusCode);
        }

        var (accessToken, lifetime) = await ReadTokenResponseAsync(response, cancellationToken);

        // Timed from when the request was sent, so the cached expiry is never later than the real one.
        var expiresAt = requestedAt + lifetime;
        var refreshBefore = lifetime / 2 < _options.RefreshBeforeExpiry ? lifetime / 2 : _options.RefreshBeforeExpiry;
        var margin = lifetime / 4 < MinimumRemainingLifetime ? lifetime / 4 : MinimumRemainingLifetime;
        var token = new CachedToken(accessToken, expiresAt - refreshBefore, expiresAt - margin);
        Volatile.Write(ref _cached, token);
        return token;
    }

    private static async Task<(string AccessToken, TimeSpan Lifetime)> ReadTokenResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("access_token", out var tokenElement)
                || tokenElement.ValueKind != JsonValueKind.String
                || tokenElement.GetString() is not { Length: > 0 } accessToken)
            {
                throw new InvalidOperationException("The token endpoint's answer has no access_token.");
            }

            if (root.TryGetProperty("token_type", out var type)
                && !string.Equals(type.ValueKind == JsonValueKind.String ? type.GetString() : null, "Bearer", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("The token endpoint's answer is not a Bearer token.");
            }

            // expires_in is a number in v2 answers and a string in some v1 answers.
            double seconds = 0;
            var hasLifetime = root.TryGetProperty("expires_in", out var expires) && expires.ValueKind switch
            {
                JsonValueKind.Number => expires.TryGetDouble(out seconds),
                JsonValueKind.String => double.TryParse(expires.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out seconds),
                _ => false,
            };
            if (!hasLifetime || !double.IsFinite(seconds) || seconds <= 0 || seconds > TimeSpan.FromDays(1).TotalSeconds)
            {
                throw new InvalidOperationException("The token endpoint's answer has no usable expires_in.");
            }

            return (accessToken, TimeSpan.FromSeconds(seconds));
        }
        catch (JsonException)
        {
            throw new InvalidOperationException("The token endpoint's answer is not JSON.");
        }
    }

    // A class, not a record: a record's ToString would print the token.
    private sealed class CachedToken(string value, DateTimeOffset refreshAt, DateTimeOffset usableUntil)
    {
        public string Value { get; } = value;

        public DateTimeOffset RefreshAt { get; } = refreshAt;

        public DateTimeOffset UsableUntil { get; } = usableUntil;
    }
}
