using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SafeSchools.Bot.Connector.Tests.Authentication;

/// <summary>
/// A token issuer made up by the test: RSA keys it generates, the OpenID metadata and JWKS documents that publish
/// them (served through <see cref="FakeHttpHandler"/>), and tokens it signs.
/// </summary>
internal sealed class TestSigningAuthority : IDisposable
{
    private readonly Dictionary<string, (RSA Key, string[]? Endorsements)> _keys = new(StringComparer.Ordinal);

    private readonly FakeHttpHandler _handler;
    private readonly string _issuer;

    public TestSigningAuthority(FakeHttpHandler handler, string metadataUrl, string issuer)
    {
        _handler = handler;
        _issuer = issuer;
        MetadataUrl = metadataUrl;
        JwksUrl = metadataUrl + "/keys";
        Publish();
    }

    public string MetadataUrl { get; }

    public string JwksUrl { get; }

    /// <summary>(Re)publishes the metadata and key documents, e.g. after a test made them unreachable.</summary>
    public void Publish()
    {
        _handler.MapJson(MetadataUrl, () => JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["issuer"] = _issuer,
            ["jwks_uri"] = JwksUrl,
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        _handler.MapJson(JwksUrl, JwksJson);
    }

    public void AddKey(string kid, string[]? endorsements = null) => _keys[kid] = (RSA.Create(2048), endorsements);

    public string CreateToken(string kid, string issuer, string audience, DateTimeOffset now, IDictionary<string, object> claims, TimeSpan? lifetime = null, string algorithm = SecurityAlgorithms.RsaSha256) =>
        CreateToken(new RsaSecurityKey(_keys[kid].Key) { KeyId = kid }, issuer, audience, now, claims, lifetime, algorithm);

    public static string CreateToken(SecurityKey key, string issuer, string audience, DateTimeOffset now, IDictionary<string, object> claims, TimeSpan? lifetime = null, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var expires = now + (lifetime ?? TimeSpan.FromHours(1));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = (expires - TimeSpan.FromHours(2)).UtcDateTime,
            NotBefore = (expires - TimeSpan.FromHours(2)).UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public void Dispose()
    {
        foreach (var (key, _) in _keys.Values)
        {
            key.Dispose();
        }
    }

    private string JwksJson() => JsonSerializer.Serialize(new
    {
        keys = _keys.Select(pair =>
        {
            var parameters = pair.Value.Key.ExportParameters(includePrivateParameters: false);
            var jwk = new Dictionary<string, object>
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = pair.Key,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (pair.Value.Endorsements is { } endorsements)
            {
                jwk["endorsements"] = endorsements;
            }

            return jwk;
        }).ToArray(),
    });
}
