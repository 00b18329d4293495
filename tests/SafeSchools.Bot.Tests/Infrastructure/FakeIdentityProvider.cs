using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SafeSchools.Bot.Tests.Infrastructure;

/// <summary>
/// Plays login.botframework.com and login.microsoftonline.com over real loopback HTTP: publishes OpenID metadata and
/// a JWKS of keys the test makes (with channel endorsements), signs channel tokens with them, and runs an OAuth
/// client-credentials token endpoint that records each request and hands out <see cref="OutboundToken"/>.
/// </summary>
public sealed class FakeIdentityProvider : IAsyncDisposable
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string OutboundToken = "outbound-token-from-the-local-token-endpoint";

    private readonly WebApplication _app;
    private readonly Dictionary<string, (RSA Key, string[] Endorsements)> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _tokenRequests = new();
    private int _metadataFetches;
    private volatile bool _metadataDown;

    private FakeIdentityProvider(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public Uri MetadataUrl => new(BaseAddress, "/v1/.well-known/openidconfiguration");

    public Uri TokenEndpoint => new(BaseAddress, "/botframework.com/oauth2/v2.0/token");

    /// <summary>How many times the OpenID metadata document was asked for.</summary>
    public int MetadataFetches => Volatile.Read(ref _metadataFetches);

    /// <summary>While true, the metadata document answers 503, as login.botframework.com in an outage.</summary>
    public bool MetadataDown
    {
        get => _metadataDown;
        set => _metadataDown = value;
    }

    /// <summary>The form fields of each client-credentials request the bot made.</summary>
    public IReadOnlyCollection<IReadOnlyDictionary<string, string>> TokenRequests => _tokenRequests;

    public static async Task<FakeIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new FakeIdentityProvider(app);
        app.MapGet("/v1/.well-known/openidconfiguration", provider.Metadata);
        app.MapGet("/v1/keys", provider.Jwks);
        app.MapPost("/botframework.com/oauth2/v2.0/token", provider.IssueAsync);
        await app.StartAsync();
        provider.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return provider;
    }

    /// <summary>Adds a signing key, endorsed for the given channels (as login.botframework.com endorses its keys).</summary>
    public void AddKey(string kid, params string[] endorsements) => _keys[kid] = (RSA.Create(2048), endorsements);

    /// <summary>Signs a channel token with a published key.</summary>
    public string CreateToken(string kid, string audience, string serviceUrl, string issuer = ChannelIssuer, TimeSpan? lifetime = null) =>
        CreateToken(new RsaSecurityKey(_keys[kid].Key) { KeyId = kid }, audience, serviceUrl, issuer, lifetime);

    /// <summary>Signs a channel token with any key, published or not.</summary>
    public static string CreateToken(SecurityKey key, string audience, string serviceUrl, string issuer = ChannelIssuer, TimeSpan? lifetime = null)
    {
        var expires = DateTimeOffset.UtcNow + (lifetime ?? TimeSpan.FromHours(1));
        var issued = expires - TimeSpan.FromHours(2);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            IssuedAt = issued.UtcDateTime,
            NotBefore = issued.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var (key, _) in _keys.Values)
        {
            key.Dispose();
        }
    }

    private IResult Metadata()
    {
        Interlocked.Increment(ref _metadataFetches);
        return _metadataDown
            ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable)
            : Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = ChannelIssuer,
                ["jwks_uri"] = new Uri(BaseAddress, "/v1/keys").AbsoluteUri,
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            });
    }

    private IResult Jwks() => Results.Json(new
    {
        keys = _keys.Select(pair =>
        {
            var parameters = pair.Value.Key.ExportParameters(includePrivateParameters: false);
            return new Dictionary<string, object>
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = pair.Key,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = pair.Value.Endorsements,
            };
        }).ToArray(),
    });

    private async Task<IResult> IssueAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        _tokenRequests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal));
        return Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = OutboundToken });
    }
}
