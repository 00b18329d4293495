using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace SafeSchools.Bot.DirectLine;

/// <summary>
/// Issues and checks short-lived Direct Line tokens: HS256 JWTs bound to one conversation and one user.
/// They are JWTs so Web Chat reads the user id from their <c>user</c> claim, as it does with Azure's tokens.
/// </summary>
internal sealed class DirectLineTokenService
{
    private static readonly string Header = Base64Url("""{"alg":"HS256","typ":"JWT"}"""u8.ToArray());

    private readonly byte[] _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        var settings = options.Value;
        _key = string.IsNullOrEmpty(settings.TokenSigningKey)
            ? RandomNumberGenerator.GetBytes(32)
            : Convert.FromBase64String(settings.TokenSigningKey);
        _time = time;
        _lifetime = settings.TokenLifetime;
    }

    public TimeSpan Lifetime => _lifetime;

    public string Issue(string conversationId, string userId)
    {
        var expires = _time.GetUtcNow().Add(_lifetime);
        var payload = new TokenPayload(conversationId, userId, expires.ToUnixTimeSeconds());
        var body = Header + "." + Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload));
        return body + "." + Base64Url(Sign(body));
    }

    /// <summary>Reads a token; null when it is malformed, forged or expired.</summary>
    public DirectLineToken? Validate(string? token)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 3 } || parts[0] != Header)
        {
            return null;
        }

        var expected = Sign(parts[0] + "." + parts[1]);
        if (!TryDecode(parts[2], out var signature) || !CryptographicOperations.FixedTimeEquals(expected, signature))
        {
            return null;
        }

        if (!TryDecode(parts[1], out var json))
        {
            return null;
        }

        var payload = JsonSerializer.Deserialize<TokenPayload>(json);
        var expires = DateTimeOffset.FromUnixTimeSeconds(payload?.Exp ?? 0);
        return payload is null || expires <= _time.GetUtcNow() ? null : new DirectLineToken(payload.Conv, payload.User, expires);
    }

    private byte[] Sign(string data) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(data));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryDecode(string text, out byte[] bytes)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        bytes = new byte[base64.Length];
        if (Convert.TryFromBase64String(base64, bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }

        return false;
    }

    private sealed record TokenPayload(
        [property: JsonPropertyName("conv")] string Conv,
        [property: JsonPropertyName("user")] string User,
        [property: JsonPropertyName("exp")] long Exp);
}
