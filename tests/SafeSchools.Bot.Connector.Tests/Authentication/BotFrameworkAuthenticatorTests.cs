using Microsoft.IdentityModel.Tokens;
using SafeSchools.Bot.Connector.Authentication;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Connector.Tests.Authentication;

public sealed class BotFrameworkAuthenticatorTests : IDisposable
{
    private const string AppId = "6c2b0a43-0000-4000-8000-000000000001";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private const string ChannelMetadataUrl = "https://login.botframework.test/v1/.well-known/openidconfiguration";
    private const string EmulatorMetadataUrl = "https://login.microsoftonline.test/common/v2.0/.well-known/openid-configuration";
    private const string EmulatorIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    private const string EmulatorIssuerV2 = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";

    // Far from the real clock, so a test passes only if the injected clock is the one used.
    private static readonly DateTimeOffset Now = new(2031, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeHttpHandler _handler = new();
    private readonly ManualTimeProvider _clock = new(Now);
    private readonly TestSigningAuthority _channel;
    private readonly TestSigningAuthority _emulator;

    public BotFrameworkAuthenticatorTests()
    {
        _channel = new TestSigningAuthority(_handler, ChannelMetadataUrl, "https://api.botframework.com");
        _channel.AddKey("channel-key");
        _emulator = new TestSigningAuthority(_handler, EmulatorMetadataUrl, "https://login.microsoftonline.com/{tenantid}/v2.0");
        _emulator.AddKey("emulator-key");
    }

    public void Dispose()
    {
        _channel.Dispose();
        _emulator.Dispose();
        _handler.Dispose();
    }

    [Fact]
    public async Task AuthenticateAsync_ValidChannelToken_ReturnsAuthenticatedIdentityWithClaims()
    {
        var identity = await CreateAuthenticator().AuthenticateAsync(ChannelActivity(), Bearer(ChannelToken()), CancellationToken.None);

        Assert.True(identity.IsAuthenticated);
        Assert.Equal(BotFrameworkAuthenticator.AuthenticationType, identity.AuthenticationType);
        Assert.Equal(ServiceUrl, identity.FindFirst(BotFrameworkAuthenticator.ServiceUrlClaimType)?.Value);
        Assert.Equal(AppId, identity.FindFirst("aud")?.Value);
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("bearer")]
    [InlineData("BEARER")]
    public async Task AuthenticateAsync_SchemeInAnyCase_IsAccepted(string scheme)
    {
        var identity = await CreateAuthenticator().AuthenticateAsync(ChannelActivity(), scheme + " " + ChannelToken(), CancellationToken.None);

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlDiffersOnlyInCase_IsAccepted()
    {
        var activity = ChannelActivity() with { ServiceUrl = ServiceUrl.ToUpperInvariant() };

        var identity = await CreateAuthenticator().AuthenticateAsync(activity, Bearer(ChannelToken()), CancellationToken.None);

        Assert.True(identity.IsAuthenticated);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Bearer")]
    [InlineData("Bearer   ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    public async Task AuthenticateAsync_MissingOrMalformedHeader_Throws(string? header)
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => CreateAuthenticator().AuthenticateAsync(ChannelActivity(), header, CancellationToken.None));
        Assert.Equal(0, _handler.Count(ChannelMetadataUrl));
    }

    [Fact]
    public async Task AuthenticateAsync_WrongAudience_Throws()
    {
        var token = _channel.CreateToken("channel-key", "https://api.botframework.com", "some-other-bot", Now, ChannelClaims());

        await AssertRefusedAsync(ChannelActivity(), token, reason: "InvalidAudience");
    }

    [Fact]
    public async Task AuthenticateAsync_WrongIssuer_Throws()
    {
        var token = _channel.CreateToken("channel-key", "https://evil.example", AppId, Now, ChannelClaims());

        await AssertRefusedAsync(ChannelActivity(), token, reason: "InvalidIssuer");
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredBeyondSkew_Throws()
    {
        var token = _channel.CreateToken("channel-key", "https://api.botframework.com", AppId, Now, ChannelClaims(), lifetime: TimeSpan.FromMinutes(-6));

        await AssertRefusedAsync(ChannelActivity(), token, reason: "Lifetime");
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinSkew_IsAccepted()
    {
        var token = _channel.CreateToken("channel-key", "https://api.botframework.com", AppId, Now, ChannelClaims(), lifetime: TimeSpan.FromMinutes(-4));

        var identity = await CreateAuthenticator().AuthenticateAsync(ChannelActivity(), Bearer(token), CancellationToken.None);

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateAsync_NotYetValidBeyondSkew_Throws()
    {
        // Minted an hour after the injected clock: nbf is 10 minutes in the future.
        var token = _channel.CreateToken("channel-key", "https://api.botframework.com", AppId, Now + TimeSpan.FromMinutes(70), ChannelClaims());

        await AssertRefusedAsync(ChannelActivity(), token, reason: "Lifetime");
    }

    [Fact]
    public async Task AuthenticateAsync_SignedByAnotherKeyWithTheSameKid_Throws()
    {
        using var forger = System.Security.Cryptography.RSA.Create(2048);
        var token = TestSigningAuthority.CreateToken(
            new RsaSecurityKey(forger) { KeyId = "channel-key" }, "https://api.botframework.com", AppId, Now, ChannelClaims());

        await AssertRefusedAsync(ChannelActivity(), token, reason: "InvalidSignature");
    }

    [Fact]
    public async Task AuthenticateAsync_Hs256Token_Throws()
    {
        var secret = new SymmetricSecurityKey(new byte[32]) { KeyId = "channel-key" };
        var token = TestSigningAuthority.CreateToken(
            secret, "https://api.botframework.com", AppId, Now, ChannelClaims(), algorithm: SecurityAlgorithms.HmacSha256);

        await AssertRefusedAsync(ChannelActivity(), token, reason: "alg");
    }

    [Fact]
    public async Task AuthenticateAsync_Ps256TokenSignedByPublishedKey_Throws()
    {
        // A valid signature by the published key, but RSA-PSS is not on the allowed list.
        var token = _channel.CreateToken("channel-key", "https://api.botframework.com", AppId, Now, ChannelClaims(), algorithm: SecurityAlgorithms.RsaSsaPssSha256);

        await AssertRefusedAsync(ChannelActivity(), token, reason: "alg");
    }

    [Fact]
    public async Task AuthenticateAsync_Rs512Token_IsAccepted()
    {
        var token = _channel.CreateToken("channel-key", "https://api.botframework.com", AppId, Now, ChannelClaims(), algorithm: SecurityAlgorithms.RsaSha512);

        var identity = await CreateAuthenticator().AuthenticateAsync(ChannelActivity(), Bearer(token), CancellationToken.None);

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlClaimMismatch_Throws()
    {
        var token = _channel.CreateToken(
            "channel-key", "https://api.botframework.com", AppId, Now, ChannelClaims("https://attacker.example/"));

        await AssertRefusedAsync(ChannelActivity(), token, reason: "serviceurl");
    }

    [Fact]
    public async Task AuthenticateAsync_NoServiceUrlClaim_Throws()
    {
        var token = _channel.CreateToken("channel-key", "https://api.botframework.com", AppId, Now, new Dictionary<string, object>());

        await AssertRefusedAsync(ChannelActivity(), token, reason: "serviceurl");
    }

    [Fact]
    public async Task AuthenticateAsync_KeyNotEndorsedForChannel_Throws()
    {
        _channel.AddKey("webchat-key", ["webchat"]);
        var token = _channel.CreateToken("webchat-key", "https://api.botframework.com", AppId, Now, ChannelClaims());

        await AssertRefusedAsync(ChannelActivity() with { ChannelId = "msteams" }, token, reason: "endorsed");
    }

    [Fact]
    public async Task AuthenticateAsync_EndorsedKeyAndNoChannelId_Throws()
    {
        _channel.AddKey("webchat-key", ["webchat"]);
        var token = _channel.CreateToken("webchat-key", "https://api.botframework.com", AppId, Now, ChannelClaims());

        await AssertRefusedAsync(ChannelActivity() with { ChannelId = null }, token, reason: "endorsed");
    }

    [Fact]
    public async Task AuthenticateAsync_KeyEndorsedForChannel_IsAccepted()
    {
        _channel.AddKey("teams-key", ["msteams", "webchat"]);
        var token = _channel.CreateToken("teams-key", "https://api.botframework.com", AppId, Now, ChannelClaims());

        var identity = await CreateAuthenticator().AuthenticateAsync(ChannelActivity() with { ChannelId = "msteams" }, Bearer(token), CancellationToken.None);

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateAsync_ManyRequests_FetchMetadataOnce()
    {
        var authenticator = CreateAuthenticator();

        for (var i = 0; i < 5; i++)
        {
            await authenticator.AuthenticateAsync(ChannelActivity(), Bearer(ChannelToken()), CancellationToken.None);
        }

        Assert.Equal(1, _handler.Count(ChannelMetadataUrl));
        Assert.Equal(1, _handler.Count(_channel.JwksUrl));
    }

    [Fact]
    public async Task AuthenticateAsync_KeyRolledAfterFetch_RefetchesKeysAndAccepts()
    {
        var authenticator = CreateAuthenticator();
        await authenticator.AuthenticateAsync(ChannelActivity(), Bearer(ChannelToken()), CancellationToken.None);
        _channel.AddKey("new-key");
        _clock.Advance(TimeSpan.FromMinutes(6));

        var token = _channel.CreateToken("new-key", "https://api.botframework.com", AppId, _clock.GetUtcNow(), ChannelClaims());
        var identity = await authenticator.AuthenticateAsync(ChannelActivity(), Bearer(token), CancellationToken.None);

        Assert.True(identity.IsAuthenticated);
        Assert.Equal(2, _handler.Count(_channel.JwksUrl));
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKidsInQuickSuccession_RefetchAtMostOncePerInterval()
    {
        var authenticator = CreateAuthenticator();
        await authenticator.AuthenticateAsync(ChannelActivity(), Bearer(ChannelToken()), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(6));
        using var forger = System.Security.Cryptography.RSA.Create(2048);

        for (var i = 0; i < 3; i++)
        {
            var token = TestSigningAuthority.CreateToken(
                new RsaSecurityKey(forger) { KeyId = "made-up-" + i }, "https://api.botframework.com", AppId, _clock.GetUtcNow(), ChannelClaims());
            await AssertRefusedAsync(ChannelActivity(), token, authenticator, reason: "SignatureKeyNotFound");
        }

        Assert.Equal(2, _handler.Count(_channel.JwksUrl));
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataUnreachableAfterFirstFetch_KeepsUsingCachedKeys()
    {
        var authenticator = CreateAuthenticator();
        await authenticator.AuthenticateAsync(ChannelActivity(), Bearer(ChannelToken()), CancellationToken.None);
        _handler.Map(ChannelMetadataUrl, _ => Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable)));
        _clock.Advance(TimeSpan.FromHours(13));

        var identity = await authenticator.AuthenticateAsync(ChannelActivity(), Bearer(ChannelToken()), CancellationToken.None);

        Assert.True(identity.IsAuthenticated);
        var fetches = _handler.Count(ChannelMetadataUrl);
        Assert.True(fetches >= 2);

        // The failed attempt is not repeated on every request.
        await authenticator.AuthenticateAsync(ChannelActivity(), Bearer(ChannelToken()), CancellationToken.None);
        Assert.Equal(fetches, _handler.Count(ChannelMetadataUrl));
    }

    [Fact]
    public async Task AuthenticateAsync_HttpMetadataWithHttpsRequired_DoesNotAuthenticate()
    {
        const string httpMetadata = "http://127.0.0.1:5999/openid";
        using var local = new TestSigningAuthority(_handler, httpMetadata, "https://api.botframework.com");
        local.AddKey("channel-key");
        var authenticator = CreateAuthenticator(new BotAuthenticationOptions { AppId = AppId, ChannelOpenIdMetadataUrl = new Uri(httpMetadata) });

        await Assert.ThrowsAnyAsync<Exception>(
            () => authenticator.AuthenticateAsync(ChannelActivity(), Bearer(ChannelToken()), CancellationToken.None));
        Assert.Equal(0, _handler.Count(httpMetadata));
    }

    [Fact]
    public async Task AuthenticateAsync_HttpLoopbackMetadataWithHttpsNotRequired_IsAccepted()
    {
        const string httpMetadata = "http://127.0.0.1:5999/openid";
        using var local = new TestSigningAuthority(_handler, httpMetadata, "https://api.botframework.com");
        local.AddKey("local-key");
        var authenticator = CreateAuthenticator(new BotAuthenticationOptions
        {
            AppId = AppId,
            ChannelOpenIdMetadataUrl = new Uri(httpMetadata),
            RequireHttpsMetadata = false,
        });
        var token = local.CreateToken("local-key", "https://api.botframework.com", AppId, Now, ChannelClaims());

        var identity = await authenticator.AuthenticateAsync(ChannelActivity(), Bearer(token), CancellationToken.None);

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateAsync_EmulatorV1Token_IsAccepted()
    {
        var token = _emulator.CreateToken("emulator-key", EmulatorIssuerV1, AppId, Now, new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = AppId });

        var identity = await CreateAuthenticator().AuthenticateAsync(EmulatorActivity(), Bearer(token), CancellationToken.None);

        Assert.True(identity.IsAuthenticated);
        Assert.Null(identity.FindFirst(BotFrameworkAuthenticator.ServiceUrlClaimType));
        Assert.Equal(0, _handler.Count(ChannelMetadataUrl));
    }

    [Fact]
    public async Task AuthenticateAsync_EmulatorV2Token_IsAccepted()
    {
        var token = _emulator.CreateToken("emulator-key", EmulatorIssuerV2, AppId, Now, new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = AppId });

        var identity = await CreateAuthenticator().AuthenticateAsync(EmulatorActivity(), Bearer(token), CancellationToken.None);

        Assert.True(identity.IsAuthenticated);
    }

    [Theory]
    [InlineData("1.0", "appid", "someone-else")]
    [InlineData("2.0", "azp", "someone-else")]
    [InlineData("2.0", "appid", AppId)]
    [InlineData("1.0", "azp", AppId)]
    [InlineData("3.0", "appid", AppId)]
    public async Task AuthenticateAsync_EmulatorTokenForAnotherApp_Throws(string version, string claim, string value)
    {
        var token = _emulator.CreateToken("emulator-key", EmulatorIssuerV1, AppId, Now, new Dictionary<string, object> { ["ver"] = version, [claim] = value });

        await AssertRefusedAsync(EmulatorActivity(), token);
    }

    [Fact]
    public async Task AuthenticateAsync_EmulatorTokenSignedByChannelKey_Throws()
    {
        var token = _channel.CreateToken("channel-key", EmulatorIssuerV1, AppId, Now, new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = AppId });

        await AssertRefusedAsync(EmulatorActivity(), token, reason: "SignatureKeyNotFound");
    }

    [Fact]
    public async Task AuthenticateAsync_EmulatorTokenFromConfiguredTenant_IsAcceptedOnlyForThatTenant()
    {
        const string tenant = "11111111-2222-3333-4444-555555555555";
        var token = _emulator.CreateToken(
            "emulator-key", $"https://sts.windows.net/{tenant}/", AppId, Now, new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = AppId });

        var identity = await CreateAuthenticator(Options() with { TenantId = tenant })
            .AuthenticateAsync(EmulatorActivity(), Bearer(token), CancellationToken.None);

        Assert.True(identity.IsAuthenticated);
        await AssertRefusedAsync(EmulatorActivity(), token, reason: "InvalidIssuer");
    }

    [Fact]
    public void Constructor_NoAppId_Throws()
    {
        Assert.Throws<ArgumentException>(() => CreateAuthenticator(Options() with { AppId = " " }));
    }

    [Fact]
    public void Constructor_NegativeClockSkew_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CreateAuthenticator(Options() with { ClockSkew = TimeSpan.FromMinutes(-1) }));
    }

    private static BotAuthenticationOptions Options() => new()
    {
        AppId = AppId,
        ChannelOpenIdMetadataUrl = new Uri(ChannelMetadataUrl),
        EmulatorOpenIdMetadataUrl = new Uri(EmulatorMetadataUrl),
    };

    private BotFrameworkAuthenticator CreateAuthenticator(BotAuthenticationOptions? options = null) =>
        new(options ?? Options(), new HttpClient(_handler, disposeHandler: false), _clock);

    private async Task AssertRefusedAsync(Activity activity, string token, BotFrameworkAuthenticator? authenticator = null, string reason = "")
    {
        var ex = await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => (authenticator ?? CreateAuthenticator()).AuthenticateAsync(activity, Bearer(token), CancellationToken.None));
        Assert.True(ex.Message.Contains(reason, StringComparison.Ordinal), ex.Message);
        Assert.DoesNotContain(token, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[1], ex.ToString(), StringComparison.Ordinal);
    }

    private string ChannelToken() => _channel.CreateToken("channel-key", "https://api.botframework.com", AppId, _clock.GetUtcNow(), ChannelClaims());

    private static Dictionary<string, object> ChannelClaims(string serviceUrl = ServiceUrl) => new() { ["serviceurl"] = serviceUrl };

    private static string Bearer(string token) => "Bearer " + token;

    private static Activity ChannelActivity() => Activity.CreateMessage("hi") with { ChannelId = "msteams", ServiceUrl = ServiceUrl };

    private static Activity EmulatorActivity() => Activity.CreateMessage("hi") with { ChannelId = "emulator", ServiceUrl = "http://localhost:55123" };
}
