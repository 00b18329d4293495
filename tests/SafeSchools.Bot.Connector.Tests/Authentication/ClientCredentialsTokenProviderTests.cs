using System.Net;
using SafeSchools.Bot.Connector.Authentication;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Connector.Tests.Authentication;

public sealed class ClientCredentialsTokenProviderTests : IDisposable
{
    private const string Endpoint = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token";
    private const string Secret = "s3cr3t-value~with=symbols&more";

    private readonly FakeHttpHandler _handler = new();
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2031, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly List<string> _forms = [];
    private int _issued;

    public ClientCredentialsTokenProviderTests() => _handler.Map(Endpoint, IssueAsync);

    public void Dispose() => _handler.Dispose();

    [Fact]
    public async Task GetTokenAsync_FirstCall_PostsClientCredentialsForm()
    {
        using var provider = CreateProvider();

        var token = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-1", token);
        var form = Assert.Single(_forms);
        var fields = form.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
        Assert.Equal("client_credentials", fields["grant_type"]);
        Assert.Equal("app-id", fields["client_id"]);
        Assert.Equal(Secret, fields["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", fields["scope"]);
    }

    [Fact]
    public async Task GetTokenAsync_ManyCalls_OneRequest()
    {
        using var provider = CreateProvider();

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
            _clock.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.Equal(1, _handler.Count(Endpoint));
    }

    [Fact]
    public async Task GetTokenAsync_ConcurrentCallers_ShareOneRequest()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _handler.Map(Endpoint, async request =>
        {
            await release.Task;
            return await IssueAsync(request);
        });
        using var provider = CreateProvider();

        var calls = Enumerable.Range(0, 20).Select(_ => provider.GetTokenAsync(CancellationToken.None).AsTask()).ToList();
        release.SetResult();
        var tokens = await Task.WhenAll(calls);

        Assert.All(tokens, t => Assert.Equal("token-1", t));
        Assert.Equal(1, _handler.Count(Endpoint));
    }

    [Fact]
    public async Task GetTokenAsync_WithinRefreshWindow_ServesCachedTokenAndRefreshesInBackground()
    {
        using var provider = CreateProvider();
        await provider.GetTokenAsync(CancellationToken.None);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var refreshed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _handler.Map(Endpoint, async request =>
        {
            await release.Task;
            var response = await IssueAsync(request);
            refreshed.SetResult();
            return response;
        });
        _clock.Advance(TimeSpan.FromMinutes(56));

        // The refresh is held at the endpoint, yet callers are not kept waiting.
        var during = provider.GetTokenAsync(CancellationToken.None);
        Assert.True(during.IsCompleted);
        Assert.Equal("token-1", await during);
        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));

        release.SetResult();
        await refreshed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await WaitUntilAsync(async () => await provider.GetTokenAsync(CancellationToken.None) == "token-2");
        Assert.Equal(2, _handler.Count(Endpoint));
    }

    [Fact]
    public async Task GetTokenAsync_CachedTokenAboutToExpire_WaitsForNewToken()
    {
        using var provider = CreateProvider();
        await provider.GetTokenAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(59.5));

        Assert.Equal("token-2", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal(2, _handler.Count(Endpoint));
    }

    [Fact]
    public async Task GetTokenAsync_BackgroundRefreshFails_KeepsServingValidToken()
    {
        using var provider = CreateProvider();
        await provider.GetTokenAsync(CancellationToken.None);
        var failed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _handler.Map(Endpoint, _ =>
        {
            failed.TrySetResult();
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        });
        _clock.Advance(TimeSpan.FromMinutes(56));

        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
        await failed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetTokenAsync_EndpointRefuses_ThrowsWithoutTheSecret()
    {
        _handler.Map(Endpoint, _ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.Unauthorized)
        {
            Content = new StringContent("""{"error":"invalid_client"}"""),
        }));
        using var provider = CreateProvider();

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => provider.GetTokenAsync(CancellationToken.None).AsTask());

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.DoesNotContain(Secret, ex.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"token_type":"Bearer","expires_in":3600}""")]
    [InlineData("""{"token_type":"Bearer","access_token":"","expires_in":3600}""")]
    [InlineData("""{"token_type":"Bearer","access_token":"x"}""")]
    [InlineData("""{"token_type":"Bearer","access_token":"x","expires_in":-5}""")]
    [InlineData("""{"token_type":"mac","access_token":"x","expires_in":3600}""")]
    [InlineData("not json")]
    public async Task GetTokenAsync_UnusableAnswer_ThrowsInvalidOperation(string body)
    {
        _handler.Map(Endpoint, _ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body) }));
        using var provider = CreateProvider();

        await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetTokenAsync(CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task GetTokenAsync_ExpiresInAsString_IsAccepted()
    {
        _handler.Map(Endpoint, _ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("""{"token_type":"Bearer","access_token":"v1-token","expires_in":"3599"}"""),
        }));
        using var provider = CreateProvider();

        Assert.Equal("v1-token", await provider.GetTokenAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(null, "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData("", "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData("0b2ad7c5-1111-2222-3333-444444444444", "https://login.microsoftonline.com/0b2ad7c5-1111-2222-3333-444444444444/oauth2/v2.0/token")]
    public void ResolveTokenEndpoint_ByTenant_UsesBotFrameworkOrTenant(string? tenantId, string expected)
    {
        var options = new ClientCredentialsOptions { AppId = "a", AppPassword = "p", TenantId = tenantId };

        Assert.Equal(expected, options.ResolveTokenEndpoint().AbsoluteUri);
    }

    [Fact]
    public void ToString_Options_HidesTheSecret()
    {
        var options = new ClientCredentialsOptions { AppId = "app-id", AppPassword = Secret };

        Assert.DoesNotContain(Secret, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("app-id", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HttpConnectorClient_WithProvider_SendsBearerToken()
    {
        AuthorizationSeen? seen = null;
        _handler.Map("https://smba.trafficmanager.net/emea/v3/conversations/c1/activities", request =>
        {
            seen = new AuthorizationSeen(request.Headers.Authorization?.Scheme, request.Headers.Authorization?.Parameter);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"id":"r1"}""") });
        });
        using var provider = CreateProvider();
        var client = new HttpConnectorClient(new HttpClient(_handler, disposeHandler: false), new Uri("https://smba.trafficmanager.net/emea/"), provider);

        await client.SendToConversationAsync("c1", Activity.CreateMessage("hi"), CancellationToken.None);

        Assert.Equal(new AuthorizationSeen("Bearer", "token-1"), seen);
    }

    [Fact]
    public void Constructor_NoSecret_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ClientCredentialsTokenProvider(
            new HttpClient(_handler, disposeHandler: false), new ClientCredentialsOptions { AppId = "app-id" }, _clock));
    }

    private ClientCredentialsTokenProvider CreateProvider() =>
        new(new HttpClient(_handler, disposeHandler: false), new ClientCredentialsOptions { AppId = "app-id", AppPassword = Secret }, _clock);

    private async Task<HttpResponseMessage> IssueAsync(HttpRequestMessage request)
    {
        var form = await request.Content!.ReadAsStringAsync();
        lock (_forms)
        {
            _forms.Add(form);
        }

        var n = Interlocked.Increment(ref _issued);
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent($$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"token-{{n}}"}"""),
        };
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for the condition.");
            await Task.Delay(10);
        }
    }

    private sealed record AuthorizationSeen(string? Scheme, string? Parameter);
}
