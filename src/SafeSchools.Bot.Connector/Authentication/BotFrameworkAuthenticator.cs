using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Connector.Authentication;

/// <summary>
/// Checks the bearer token on a request from a Bot Framework channel or from the Emulator, as the Bot Framework
/// SDK's <c>JwtTokenValidation</c> does: signature against the published keys (RS256/384/512 only), issuer,
/// audience (the bot's App ID), lifetime with clock skew, then for channel tokens the <c>serviceurl</c> claim and the
/// signing key's channel endorsements, and for Emulator tokens the <c>appid</c>/<c>azp</c> claim.
/// </summary>
/// <remarks>
/// Every refusal is an <see cref="UnauthorizedAccessException"/> whose message names the reason but never the token.
/// A token that can never be valid (not a three-part JWS, an algorithm other than RS256/384/512 such as <c>none</c>,
/// no <c>kid</c>) is refused before any keys are fetched. If the signing keys cannot be fetched and none are held,
/// <see cref="AuthenticationUnavailableException"/> says when to try again (a fault of the bot's side, not a
/// refusal); fetches back off while the metadata stays unreachable, and one warning is logged per outage.
/// </remarks>
public sealed class BotFrameworkAuthenticator : IBotAuthenticator
{
    /// <summary>The authentication type of the identities this returns.</summary>
    public const string AuthenticationType = "BotFramework";

    /// <summary>The claim carrying the service URL the channel expects replies on.</summary>
    public const string ServiceUrlClaimType = "serviceurl";

    /// <summary>The <c>callerId</c> stamped on activities authenticated by this class (public Azure cloud).</summary>
    public const string AzureCallerId = "urn:botframework:azure";

    private const string EndorsementsKey = "endorsements";
    private const string VersionClaimType = "ver";
    private const string AppIdClaimType = "appid";
    private const string AuthorizedPartyClaimType = "azp";

    private readonly BotAuthenticationOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly OpenIdMetadataCache _channelMetadata;
    private readonly OpenIdMetadataCache _emulatorMetadata;
    private readonly HashSet<string> _channelIssuers;
    private readonly HashSet<string> _emulatorIssuers;
    private readonly string[] _algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <summary>Creates an authenticator for the bot described by <paramref name="options"/>.</summary>
    /// <param name="options">App ID, tenant, metadata URLs and issuers.</param>
    /// <param name="httpClient">Fetches the metadata and key documents. Not disposed by this class.</param>
    /// <param name="timeProvider">The clock for token lifetimes, metadata caching and fetch back-off.</param>
    /// <param name="logger">Where a metadata outage is reported (once per outage). None when null.</param>
    /// <exception cref="ArgumentException">No App ID is configured, a metadata URL is relative, or an interval is negative.</exception>
    public BotFrameworkAuthenticator(BotAuthenticationOptions options, HttpClient httpClient, TimeProvider timeProvider, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (string.IsNullOrWhiteSpace(options.AppId))
        {
            throw new ArgumentException("An App ID is required; a bot without one uses DevelopmentAuthenticator.", nameof(options));
        }

        if (!options.ChannelOpenIdMetadataUrl.IsAbsoluteUri || !options.EmulatorOpenIdMetadataUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The OpenID metadata URLs must be absolute.", nameof(options));
        }

        if (options.ClockSkew < TimeSpan.Zero || options.MetadataRefreshInterval <= TimeSpan.Zero || options.MinimumMetadataRefreshInterval < TimeSpan.Zero
            || options.MetadataRetryInitialDelay < TimeSpan.Zero || options.MetadataRetryMaximumDelay < options.MetadataRetryInitialDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Clock skew and metadata intervals cannot be negative, nor the retry maximum below its start.");
        }

        _options = options;
        _timeProvider = timeProvider;
        logger ??= NullLogger.Instance;
        _channelMetadata = new OpenIdMetadataCache(options.ChannelOpenIdMetadataUrl, httpClient, options, timeProvider, logger);
        _emulatorMetadata = new OpenIdMetadataCache(options.EmulatorOpenIdMetadataUrl, httpClient, options, timeProvider, logger);
        _channelIssuers = new HashSet<string>(options.ChannelIssuers, StringComparer.Ordinal);
        _emulatorIssuers = new HashSet<string>(options.EmulatorIssuers, StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(options.TenantId))
        {
            _emulatorIssuers.Add($"https://sts.windows.net/{options.TenantId}/");
            _emulatorIssuers.Add($"https://login.microsoftonline.com/{options.TenantId}/v2.0");
        }
    }

    /// <inheritdoc />
    public async Task<ClaimsIdentity> AuthenticateAsync(Activity activity, string? authorizationHeader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var token = ReadBearerToken(authorizationHeader);
        var issuer = ReadSignedToken(token).Issuer;
        return _options.AllowEmulatorTokens && _emulatorIssuers.Contains(issuer)
            ? await AuthenticateEmulatorAsync(token, cancellationToken)
            : await AuthenticateChannelAsync(token, activity, cancellationToken);
    }

    private async Task<ClaimsIdentity> AuthenticateChannelAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        var (result, configuration) = await ValidateAsync(token, _channelMetadata, _channelIssuers, cancellationToken);
        var identity = result.ClaimsIdentity;

        var serviceUrl = identity.FindFirst(ServiceUrlClaimType)?.Value;
        if (string.IsNullOrEmpty(serviceUrl) || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            throw Refused("The token's serviceurl claim does not match the activity's serviceUrl.");
        }

        var keyId = result.SecurityToken.SigningKey?.KeyId ?? ((JsonWebToken)result.SecurityToken).Kid;
        foreach (var key in configuration.JsonWebKeySet?.Keys ?? [])
        {
            if (string.Equals(key.Kid, keyId, StringComparison.Ordinal)
                && TryGetEndorsements(key, out var endorsements)
                && (string.IsNullOrEmpty(activity.ChannelId) || !endorsements.Contains(activity.ChannelId, StringComparer.Ordinal)))
            {
                throw Refused("The token's signing key is not endorsed for the activity's channel.");
            }
        }

        return identity;
    }

    private async Task<ClaimsIdentity> AuthenticateEmulatorAsync(string token, CancellationToken cancellationToken)
    {
        var (result, _) = await ValidateAsync(token, _emulatorMetadata, _emulatorIssuers, cancellationToken);
        var identity = result.ClaimsIdentity;
        var appIdClaimType = identity.FindFirst(VersionClaimType)?.Value switch
        {
            "1.0" => AppIdClaimType,
            "2.0" => AuthorizedPartyClaimType,
            _ => null,
        } ?? throw Refused("The Emulator token has no known ver claim.");

        if (!string.Equals(identity.FindFirst(appIdClaimType)?.Value, _options.AppId, StringComparison.Ordinal))
        {
            throw Refused("The Emulator token was not issued to this bot's App ID.");
        }

        return identity;
    }

    private async Task<(TokenValidationResult Result, OpenIdConnectConfiguration Configuration)> ValidateAsync(
        string token, OpenIdMetadataCache metadata, HashSet<string> issuers, CancellationToken cancellationToken)
    {
        var configuration = await metadata.GetAsync(cancellationToken);
        var result = await _handler.ValidateTokenAsync(token, CreateParameters(configuration, issuers));
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // The key may have been rolled since we fetched the keys: fetch them again (rate-limited) and retry once.
            var refreshed = await metadata.RefreshForUnknownKeyAsync(configuration, cancellationToken);
            if (!ReferenceEquals(refreshed, configuration))
            {
                configuration = refreshed;
                result = await _handler.ValidateTokenAsync(token, CreateParameters(configuration, issuers));
            }
        }

        if (!result.IsValid)
        {
            // Only the exception's type: IdentityModel messages can quote token contents.
            throw Refused($"The bearer token failed validation ({result.Exception?.GetType().Name ?? "unknown reason"}).");
        }

        return (result, configuration);
    }

    private TokenValidationParameters CreateParameters(OpenIdConnectConfiguration configuration, HashSet<string> issuers) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = issuers,
        ValidateAudience = true,
        ValidAudience = _options.AppId,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = _options.ClockSkew,
        LifetimeValidator = ValidateLifetime,
        RequireSignedTokens = true,
        IssuerSigningKeys = configuration.SigningKeys,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = _algorithms,
        AuthenticationType = AuthenticationType,
        SaveSigninToken = false,
    };

    // IdentityModel reads the system clock; this uses the injected one. Expiry is required, not-before optional.
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        return expires is { } notAfter
            && now <= notAfter.ToUniversalTime() + _options.ClockSkew
            && (notBefore is not { } start || now >= start.ToUniversalTime() - _options.ClockSkew);
    }

    // Everything that can be refused without keys is refused here, so a forged token never costs a metadata fetch
    // (nor gets a 503 while the metadata is unreachable).
    private JsonWebToken ReadSignedToken(string token)
    {
        if (token.Count(c => c == '.') != 2 || !_handler.CanReadToken(token))
        {
            throw Refused("The bearer token is not a well-formed JWT (a signed token has three parts).");
        }

        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
            _ = jwt.Issuer;
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException or JsonException)
        {
            throw Refused("The bearer token is not a well-formed JWT.");
        }

        if (!_algorithms.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            throw Refused("The bearer token's alg is not one this bot accepts (RS256, RS384, RS512).");
        }

        if (string.IsNullOrEmpty(jwt.Kid) || token.EndsWith('.'))
        {
            throw Refused("The bearer token names no signing key (kid) or has no signature.");
        }

        return jwt;
    }

    private static string ReadBearerToken(string? authorizationHeader)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            throw Refused("The request has no Authorization header.");
        }

        var parts = authorizationHeader.Trim().Split(' ', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase) || parts[1].Length == 0)
        {
            throw Refused("The Authorization header is not a Bearer token.");
        }

        return parts[1];
    }

    // A present but unreadable endorsements entry counts as endorsing nothing, so the check fails closed.
    private static bool TryGetEndorsements(JsonWebKey key, out IReadOnlyCollection<string> endorsements)
    {
        if (!key.AdditionalData.TryGetValue(EndorsementsKey, out var value) || value is null)
        {
            endorsements = [];
            return false;
        }

        endorsements = value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            string single => [single],
            IEnumerable<string> strings => [.. strings],
            System.Collections.IEnumerable items => [.. items.Cast<object?>().OfType<string>()],
            _ => [],
        };
        return true;
    }

    private static UnauthorizedAccessException Refused(string reason) => new(reason);
}
