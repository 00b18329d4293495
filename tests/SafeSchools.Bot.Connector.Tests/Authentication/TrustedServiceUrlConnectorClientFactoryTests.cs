using System.Security.Claims;
using SafeSchools.Bot.Connector.Authentication;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Connector.Tests.Authentication;

public sealed class TrustedServiceUrlConnectorClientFactoryTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private readonly CountingFactory _inner = new();

    [Theory]
    [InlineData(ServiceUrl)]
    [InlineData("https://SMBA.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea")]
    public void Create_ServiceUrlMatchesClaim_CreatesClient(string serviceUrl)
    {
        new TrustedServiceUrlConnectorClientFactory(_inner).Create(serviceUrl, ChannelIdentity());

        Assert.Equal(1, _inner.Created);
    }

    [Theory]
    [InlineData("https://attacker.example/")]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/emea/")]
    [InlineData("http://localhost:3978/")]
    public void Create_ServiceUrlDiffersFromClaim_Throws(string serviceUrl)
    {
        Assert.Throws<UntrustedServiceUrlException>(() => new TrustedServiceUrlConnectorClientFactory(_inner).Create(serviceUrl, ChannelIdentity()));
        Assert.Equal(0, _inner.Created);
    }

    [Theory]
    [InlineData("http://localhost:55123")]
    [InlineData("http://LOCALHOST:55123/")]
    [InlineData("http://127.0.0.1:55123")]
    [InlineData("http://127.10.20.30/")]
    [InlineData("http://[::1]:55123")]
    public void Create_DevModeLoopbackServiceUrl_CreatesClient(string serviceUrl)
    {
        new TrustedServiceUrlConnectorClientFactory(_inner).Create(serviceUrl, new ClaimsIdentity(DevelopmentAuthenticator.AuthenticationType));

        Assert.Equal(1, _inner.Created);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("http://localhost.attacker.example/")]
    [InlineData("http://10.0.0.5/")]
    [InlineData("http://0.0.0.0:3978/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    [InlineData("")]
    public void Create_DevModeNonLoopbackServiceUrl_Throws(string serviceUrl)
    {
        Assert.Throws<UntrustedServiceUrlException>(
            () => new TrustedServiceUrlConnectorClientFactory(_inner).Create(serviceUrl, new ClaimsIdentity(DevelopmentAuthenticator.AuthenticationType)));
        Assert.Equal(0, _inner.Created);
    }

    [Fact]
    public void Create_ServiceUrlClaimOnNonBotFrameworkIdentity_IsNotTrusted()
    {
        var identity = new ClaimsIdentity([new Claim(BotFrameworkAuthenticator.ServiceUrlClaimType, ServiceUrl)], "SomethingElse");

        Assert.Throws<UntrustedServiceUrlException>(() => new TrustedServiceUrlConnectorClientFactory(_inner).Create(ServiceUrl, identity));
    }

    [Fact]
    public void Create_EmulatorTokenIdentity_AllowsOnlyLoopback()
    {
        var identity = new ClaimsIdentity([new Claim("ver", "1.0")], BotFrameworkAuthenticator.AuthenticationType);
        var factory = new TrustedServiceUrlConnectorClientFactory(_inner);

        factory.Create("http://localhost:55123", identity);
        Assert.Throws<UntrustedServiceUrlException>(() => factory.Create(ServiceUrl, identity));
        Assert.Equal(1, _inner.Created);
    }

    [Fact]
    public async Task CloudAdapter_ReplyToForgedServiceUrl_IsRefused()
    {
        var adapter = new CloudAdapter(new FixedAuthenticator(ChannelIdentity()), new TrustedServiceUrlConnectorClientFactory(_inner));
        var activity = Activity.CreateMessage("hi") with
        {
            ServiceUrl = "https://attacker.example/",
            ChannelId = "msteams",
            Conversation = new ConversationAccount("c1"),
        };

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => adapter.ProcessActivityAsync(
            "Bearer x", activity, (turn, ct) => turn.SendActivityAsync(Activity.CreateMessage("reply") with { ServiceUrl = turn.Activity.ServiceUrl, Conversation = turn.Activity.Conversation }, ct), CancellationToken.None));
        Assert.Equal(0, _inner.Created);
    }

    [Theory]
    [InlineData(BotFrameworkAuthenticator.AuthenticationType, BotFrameworkAuthenticator.AzureCallerId)]
    [InlineData(DevelopmentAuthenticator.AuthenticationType, null)]
    public async Task CloudAdapter_CallerId_ComesFromTheIdentityNotTheWire(string authenticationType, string? expected)
    {
        var adapter = new CloudAdapter(new FixedAuthenticator(new ClaimsIdentity(authenticationType)), _inner);
        string? seen = "unset";

        await adapter.ProcessActivityAsync(null, Activity.CreateMessage("hi") with { CallerId = "urn:botframework:forged" }, (turn, _) =>
        {
            seen = turn.Activity.CallerId;
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(expected, seen);
    }

    private static ClaimsIdentity ChannelIdentity() =>
        new([new Claim(BotFrameworkAuthenticator.ServiceUrlClaimType, ServiceUrl)], BotFrameworkAuthenticator.AuthenticationType);

    private sealed class FixedAuthenticator(ClaimsIdentity identity) : IBotAuthenticator
    {
        public Task<ClaimsIdentity> AuthenticateAsync(Activity activity, string? authorizationHeader, CancellationToken cancellationToken) =>
            Task.FromResult(identity);
    }

    private sealed class CountingFactory : IConnectorClientFactory
    {
        public int Created { get; private set; }

        public IConnectorClient Create(string serviceUrl, ClaimsIdentity identity)
        {
            Created++;
            return new NullClient();
        }
    }

    private sealed class NullClient : IConnectorClient
    {
        public Task<ResourceResponse> ReplyToActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
            Task.FromResult(new ResourceResponse("r"));

        public Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken) =>
            Task.FromResult(new ResourceResponse("r"));
    }
}
