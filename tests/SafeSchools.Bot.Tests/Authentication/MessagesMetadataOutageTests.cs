using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using SafeSchools.Bot.Connector.Authentication;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Authentication;

/// <summary>
/// The host with an app id while login.botframework.com (here the local identity provider) is down: a well-formed
/// token gets 503 with Retry-After and a short reason, the metadata is not refetched per request, the outage is
/// logged once, a token that can never be valid gets 401 without any fetch, and tokens work again once it is back.
/// </summary>
public sealed class MessagesMetadataOutageTests : IAsyncLifetime, IDisposable
{
    private const string AppId = "6c2b0a43-0000-4000-8000-0000000000bb";
    private const string ConversationId = "a:1teams-outage";
    private const string Kid = "channel-key";

    private readonly MemoryStorage _storage = new();
    private readonly CapturedLogs _logs = new();
    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private FakeIdentityProvider _identity = null!;
    private FakeChannel _channel = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _identity = await FakeIdentityProvider.StartAsync();
        _identity.AddKey(Kid, Channels.MsTeams);
        _identity.MetadataDown = true;
        _channel = await FakeChannel.StartAsync();
        _bot = await BotHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Bot:MicrosoftAppId"] = AppId,
                ["Bot:MicrosoftAppPassword"] = "test-client-secret",
                ["Bot:Authentication:ChannelOpenIdMetadataUrl"] = _identity.MetadataUrl.AbsoluteUri,
                ["Bot:Authentication:RequireHttpsMetadata"] = "false",
                ["Bot:Authentication:TokenEndpoint"] = _identity.TokenEndpoint.AbsoluteUri,
            },
            builder =>
            {
                builder.Services.AddSingleton<IStorage>(_storage);
                builder.Services.AddSingleton<TimeProvider>(_clock);
                _logs.AddTo(builder);
            });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
        await _identity.DisposeAsync();
    }

    public void Dispose() => _logs.Dispose();

    private string ServiceUrl => _channel.ServiceUrl.ToString().TrimEnd('/');

    [Fact]
    public async Task MetadataUnreachable_ManyRequests_Each503WithRetryAfter_OneFetchAndOneWarning()
    {
        var token = _identity.CreateToken(Kid, AppId, ServiceUrl);

        for (var i = 0; i < 20; i++)
        {
            using var response = await _bot.PostActivityAsync(TeamsMessage(), "Bearer " + token);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter?.Delta);
            Assert.InRange(response.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
            Assert.Contains("\"code\":\"ServiceUnavailable\"", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
            Assert.DoesNotContain("eyJ", body, StringComparison.Ordinal);
        }

        // One fetch (IdentityModel's retriever itself retries a 503 once within it), not one per request.
        Assert.InRange(_identity.MetadataFetches, 1, 2);
        var warning = Assert.Single(_logs.Lines, l => l.Category == typeof(BotFrameworkAuthenticator).FullName && l.Message.Contains("could not be fetched", StringComparison.Ordinal));
        Assert.DoesNotContain("eyJ", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Lines, l => l.Message.Contains(token, StringComparison.Ordinal) || l.Message.Contains("I'm being bullied", StringComparison.Ordinal));
        Assert.Empty(_channel.Received);
        Assert.Equal(0, _storage.Count);
    }

    [Fact]
    public async Task MetadataBack_AfterTheBackOff_TheTokenIsValidatedAgain_200()
    {
        var token = _identity.CreateToken(Kid, AppId, ServiceUrl);
        using var duringOutage = await _bot.PostActivityAsync(TeamsMessage(), "Bearer " + token);

        _identity.MetadataDown = false;
        _clock.Advance(duringOutage.Headers.RetryAfter!.Delta!.Value);
        using var afterwards = await _bot.PostActivityAsync(TeamsMessage(), "Bearer " + token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, duringOutage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
        Assert.Contains("call 999", (await _channel.WaitForAsync(1))[0].Activity.Text, StringComparison.Ordinal);
    }

    public static TheoryData<string> NeverValidAuthorizations() => new()
    {
        "Bearer " + AlgNoneToken(),
        "Bearer " + NoKidToken(),
        "Bearer eyJhbGciOiJSUzI1NiJ9.e30",
        "Bearer a.b.c.d.e",
        "Bearer garbage",
    };

    [Theory]
    [MemberData(nameof(NeverValidAuthorizations))]
    public async Task TokenThatCanNeverBeValid_401_WithoutFetchingMetadata(string authorization)
    {
        using var response = await _bot.PostActivityAsync(TeamsMessage(), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _identity.MetadataFetches);
        Assert.Empty(_channel.Received);
        Assert.Equal(0, _storage.Count);
    }

    private static string AlgNoneToken() =>
        Base64UrlEncoder.Encode($$"""{"alg":"none","typ":"JWT","kid":"{{Kid}}"}""") + "."
        + Base64UrlEncoder.Encode($$"""{"iss":"{{FakeIdentityProvider.ChannelIssuer}}","aud":"{{AppId}}","exp":4102444800}""") + ".";

    private static string NoKidToken()
    {
        using var rsa = RSA.Create(2048);
        return FakeIdentityProvider.CreateToken(new RsaSecurityKey(rsa), AppId, "http://127.0.0.1:1");
    }

    private Activity TeamsMessage() => EmulatorActivities.Message(_channel.ServiceUrl, ConversationId, "I'm being bullied") with
    {
        ChannelId = Channels.MsTeams,
        Conversation = new ConversationAccount(ConversationId) { ConversationType = "personal", TenantId = "tenant-1" },
    };
}
