using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using SafeSchools.Bot.Connector.Authentication;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Connector.Tests.Authentication;

/// <summary>
/// The channel's OpenID metadata unreachable before any keys are held: tokens get a retry-later answer, fetches
/// back off, one warning per outage, and tokens that can never be valid are refused without any fetch.
/// </summary>
public sealed class MetadataOutageTests : IDisposable
{
    private const string AppId = "6c2b0a43-0000-4000-8000-000000000002";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private const string Issuer = "https://api.botframework.com";
    private const string MetadataUrl = "https://login.botframework.test/v1/.well-known/openidconfiguration";

    private static readonly DateTimeOffset Now = new(2031, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeHttpHandler _handler = new();
    private readonly ManualTimeProvider _clock = new(Now);
    private readonly ListLogger _logger = new();
    private readonly TestSigningAuthority _channel;
    private readonly BotFrameworkAuthenticator _authenticator;
    private readonly HttpClient _httpClient;

    public MetadataOutageTests()
    {
        _channel = new TestSigningAuthority(_handler, MetadataUrl, Issuer);
        _channel.AddKey("channel-key");
        _httpClient = new HttpClient(_handler, disposeHandler: false);
        _authenticator = new BotFrameworkAuthenticator(
            new BotAuthenticationOptions { AppId = AppId, ChannelOpenIdMetadataUrl = new Uri(MetadataUrl) }, _httpClient, _clock, _logger);
    }

    public void Dispose()
    {
        _channel.Dispose();
        _httpClient.Dispose();
        _handler.Dispose();
    }

    [Fact]
    public async Task MetadataUnreachable_ManyTokens_UnavailableWithRetryAfter_OneFetchAndOneWarning()
    {
        MetadataDown();

        for (var i = 0; i < 20; i++)
        {
            var unavailable = await Assert.ThrowsAsync<AuthenticationUnavailableException>(AuthenticateValidTokenAsync);
            Assert.InRange(unavailable.RetryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
            Assert.DoesNotContain(ValidToken(), unavailable.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(1, _handler.Count(MetadataUrl));
        var warning = Assert.Single(_logger.Lines, l => l.Level == LogLevel.Warning);
        Assert.Contains("could not be fetched", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("eyJ", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MetadataUnreachable_FetchesBackOffExponentially_StillOneWarning()
    {
        MetadataDown();
        var fetchedAtSecond = new List<int>();

        // Back-off 5, 10, 20, 40 s: a request every second for 80 s fetches at 0, 5, 15, 35 and 75 s.
        for (var second = 0; second <= 80; second++)
        {
            var before = _handler.Count(MetadataUrl);
            await Assert.ThrowsAsync<AuthenticationUnavailableException>(AuthenticateValidTokenAsync);
            if (_handler.Count(MetadataUrl) > before)
            {
                fetchedAtSecond.Add(second);
            }

            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal([0, 5, 15, 35, 75], fetchedAtSecond);
        Assert.Single(_logger.Lines, l => l.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task MetadataUnreachable_BackOffStopsAtTheMaximum()
    {
        MetadataDown();
        for (var i = 0; i < 12; i++)
        {
            await Assert.ThrowsAsync<AuthenticationUnavailableException>(AuthenticateValidTokenAsync);
            _clock.Advance(TimeSpan.FromMinutes(10));
        }

        var unavailable = await Assert.ThrowsAsync<AuthenticationUnavailableException>(AuthenticateValidTokenAsync);

        Assert.Equal(13, _handler.Count(MetadataUrl));
        Assert.True(unavailable.RetryAfter <= TimeSpan.FromMinutes(5), unavailable.RetryAfter.ToString());
    }

    [Fact]
    public async Task MetadataBack_AfterTheBackOff_TokensAreValidatedAgain_AndTheNextOutageWarnsAgain()
    {
        MetadataDown();
        await Assert.ThrowsAsync<AuthenticationUnavailableException>(AuthenticateValidTokenAsync);

        MetadataUp();
        await Assert.ThrowsAsync<AuthenticationUnavailableException>(AuthenticateValidTokenAsync);
        _clock.Advance(TimeSpan.FromSeconds(5));
        var identity = await AuthenticateValidTokenAsync();

        Assert.True(identity.IsAuthenticated);
        Assert.Equal(2, _handler.Count(MetadataUrl));
        Assert.Contains(_logger.Lines, l => l.Level == LogLevel.Information && l.Message.Contains("fetched again", StringComparison.Ordinal));
    }

    public static TheoryData<string> NeverValidTokens() => new()
    {
        AlgNoneToken(),
        NoKidToken(),
        Hs256Token(),
        "not-a-jwt",
        "a.b",
        "a.b.c.d.e",
        "!!!.@@@.###",
        "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2ln",
    };

    [Theory]
    [MemberData(nameof(NeverValidTokens))]
    public async Task TokenThatCanNeverBeValid_RefusedAtOnce_WithoutFetchingMetadata(string token)
    {
        MetadataDown();

        var refused = await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => _authenticator.AuthenticateAsync(ChannelActivity(), "Bearer " + token, CancellationToken.None));

        Assert.Equal(0, _handler.Count(MetadataUrl));
        Assert.Equal(0, _handler.Count(_channel.JwksUrl));
        Assert.DoesNotContain(token, refused.Message, StringComparison.Ordinal);
    }

    private Task<System.Security.Claims.ClaimsIdentity> AuthenticateValidTokenAsync() =>
        _authenticator.AuthenticateAsync(ChannelActivity(), "Bearer " + ValidToken(), CancellationToken.None);

    private string ValidToken() =>
        _channel.CreateToken("channel-key", Issuer, AppId, _clock.GetUtcNow(), new Dictionary<string, object> { ["serviceurl"] = ServiceUrl });

    private void MetadataDown() =>
        _handler.Map(MetadataUrl, _ => Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused (login.botframework.test:443)")));

    private void MetadataUp() => _channel.Publish();

    private static string AlgNoneToken() =>
        Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT","kid":"channel-key"}""") + "."
        + Base64UrlEncoder.Encode($$"""{"iss":"{{Issuer}}","aud":"{{AppId}}","serviceurl":"{{ServiceUrl}}","exp":4102444800}""") + ".";

    private static string NoKidToken()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        return TestSigningAuthority.CreateToken(new RsaSecurityKey(rsa), Issuer, AppId, Now, new Dictionary<string, object> { ["serviceurl"] = ServiceUrl });
    }

    private static string Hs256Token() =>
        TestSigningAuthority.CreateToken(
            new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('k', 32))) { KeyId = "channel-key" }, Issuer, AppId, Now,
            new Dictionary<string, object> { ["serviceurl"] = ServiceUrl }, algorithm: SecurityAlgorithms.HmacSha256);

    private static Activity ChannelActivity() => Activity.CreateMessage("hi") with { ChannelId = "msteams", ServiceUrl = ServiceUrl };
}
