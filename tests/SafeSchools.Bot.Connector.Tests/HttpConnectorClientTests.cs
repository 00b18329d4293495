using System.Net;
using SafeSchools.Bot.Connector.Authentication;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Connector.Tests;

public sealed class HttpConnectorClientTests
{
    [Fact]
    public async Task ReplyToActivity_EscapesIdsAndSendsNoAuthorizationInDevMode()
    {
        var handler = new CapturingHandler(HttpStatusCode.OK, """{"id":"r1"}""");
        var client = new HttpConnectorClient(new HttpClient(handler), new Uri("http://localhost:5000"), new NoAccessTokenProvider());

        var response = await client.ReplyToActivityAsync("abc|livechat", "a/1", Activity.CreateMessage("hi"), CancellationToken.None);

        Assert.Equal("r1", response.Id);
        Assert.Equal("/v3/conversations/abc%7Clivechat/activities/a%2F1", handler.Request!.RequestUri!.AbsolutePath);
        Assert.Null(handler.Request.Headers.Authorization);
    }

    [Theory]
    [InlineData("")]
    [InlineData("OK")]
    public async Task SendToConversation_EmptyOrNonJsonBody_IsTolerated(string body)
    {
        var handler = new CapturingHandler(HttpStatusCode.OK, body);
        var client = new HttpConnectorClient(new HttpClient(handler), new Uri("http://localhost:5000/base/"), new NoAccessTokenProvider());

        var response = await client.SendToConversationAsync("c", Activity.CreateMessage("hi"), CancellationToken.None);

        Assert.Null(response.Id);
        Assert.Equal("/base/v3/conversations/c/activities", handler.Request!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Send_ChannelRefuses_ThrowsWithTheStatus()
    {
        var client = new HttpConnectorClient(new HttpClient(new CapturingHandler(HttpStatusCode.Forbidden, "")), new Uri("http://localhost:5000"), new NoAccessTokenProvider());

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => client.SendToConversationAsync("c", Activity.CreateMessage("hi"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
    }

    private sealed class CapturingHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public HttpRequestMessage? Request { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = request;
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body) });
        }
    }
}
