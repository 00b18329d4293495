using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Authentication;

/// <summary>
/// The host with an app id, against a local identity provider: only requests with a valid channel token run the bot,
/// and its replies carry the bot's own client-credentials token.
/// </summary>
public sealed class MessagesAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "6c2b0a43-0000-4000-8000-0000000000aa";
    private const string AppPassword = "test-client-secret";
    private const string ConversationId = "a:1teams-personal";
    private const string Kid = "channel-key";

    private readonly MemoryStorage _storage = new();
    private FakeIdentityProvider _identity = null!;
    private FakeChannel _channel = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _identity = await FakeIdentityProvider.StartAsync();
        _identity.AddKey(Kid, Channels.MsTeams);
        _identity.AddKey("webchat-key", Channels.WebChat);
        _channel = await FakeChannel.StartAsync();
        _bot = await BotHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Bot:MicrosoftAppId"] = AppId,
                ["Bot:MicrosoftAppPassword"] = AppPassword,
                ["Bot:Authentication:ChannelOpenIdMetadataUrl"] = _identity.MetadataUrl.AbsoluteUri,
                ["Bot:Authentication:RequireHttpsMetadata"] = "false",
                ["Bot:Authentication:TokenEndpoint"] = _identity.TokenEndpoint.AbsoluteUri,
            },
            builder => builder.Services.AddSingleton<IStorage>(_storage));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
        await _identity.DisposeAsync();
    }

    private string ServiceUrl => _channel.ServiceUrl.ToString().TrimEnd('/');

    [Fact]
    public async Task Post_ValidChannelToken_Answers200AndReplyCarriesTheBotsOwnToken()
    {
        var token = _identity.CreateToken(Kid, AppId, ServiceUrl);

        var response = await _bot.PostActivityAsync(TeamsMessage(), "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Teams gets no trace activities, so wait for the first reply; the bot sends the whole turn's replies before answering 200.
        var received = await _channel.WaitForAsync(1);
        var reply = received[0];
        Assert.Contains("call 999", reply.Activity.Text, StringComparison.Ordinal);
        Assert.All(received, r => Assert.Equal("Bearer " + FakeIdentityProvider.OutboundToken, r.Authorization));
        var tokenRequest = Assert.Single(_identity.TokenRequests);
        Assert.Equal("client_credentials", tokenRequest["grant_type"]);
        Assert.Equal(AppId, tokenRequest["client_id"]);
        Assert.Equal(AppPassword, tokenRequest["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest["scope"]);
        Assert.True(_storage.Count > 0);
    }

    [Fact]
    public async Task Post_WrongAudience_Answers401AndTheBotNeverRuns() =>
        await AssertRefusedAsync("Bearer " + _identity.CreateToken(Kid, "another-bots-app-id", ServiceUrl));

    [Fact]
    public async Task Post_WrongIssuer_Answers401AndTheBotNeverRuns() =>
        await AssertRefusedAsync("Bearer " + _identity.CreateToken(Kid, AppId, ServiceUrl, issuer: "https://attacker.example"));

    [Fact]
    public async Task Post_ExpiredToken_Answers401AndTheBotNeverRuns() =>
        await AssertRefusedAsync("Bearer " + _identity.CreateToken(Kid, AppId, ServiceUrl, lifetime: TimeSpan.FromMinutes(-10)));

    [Fact]
    public async Task Post_TokenSignedWithAnUnpublishedKey_Answers401AndTheBotNeverRuns()
    {
        using var forger = RSA.Create(2048);
        var forged = FakeIdentityProvider.CreateToken(new RsaSecurityKey(forger) { KeyId = Kid }, AppId, ServiceUrl);

        await AssertRefusedAsync("Bearer " + forged);
    }

    [Fact]
    public async Task Post_ServiceUrlClaimForAnotherUrl_Answers401AndTheBotNeverRuns() =>
        await AssertRefusedAsync("Bearer " + _identity.CreateToken(Kid, AppId, "https://smba.trafficmanager.net/emea/"));

    [Fact]
    public async Task Post_KeyNotEndorsedForTheChannel_Answers401AndTheBotNeverRuns() =>
        await AssertRefusedAsync("Bearer " + _identity.CreateToken("webchat-key", AppId, ServiceUrl));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Post_MissingOrMalformedAuthorization_Answers401AndTheBotNeverRuns(string? authorization) =>
        await AssertRefusedAsync(authorization);

    private async Task AssertRefusedAsync(string? authorization)
    {
        var response = await _bot.PostActivityAsync(TeamsMessage(), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("eyJ", body, StringComparison.Ordinal);
        Assert.Empty(_channel.Received);
        Assert.Equal(0, _storage.Count);
        Assert.Empty(_identity.TokenRequests);
    }

    private Activity TeamsMessage() => EmulatorActivities.Message(_channel.ServiceUrl, ConversationId, "I'm being bullied") with
    {
        ChannelId = Channels.MsTeams,
        Conversation = new ConversationAccount(ConversationId) { ConversationType = "personal", TenantId = "tenant-1" },
    };
}
