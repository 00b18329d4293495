using System.Collections.Concurrent;
using System.Net;

namespace SafeSchools.Bot.Connector.Tests.Authentication;

/// <summary>Answers requests by absolute URL from in-test routes, and counts them.</summary>
internal sealed class FakeHttpHandler : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, Func<HttpRequestMessage, Task<HttpResponseMessage>>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Map(string url, Func<HttpRequestMessage, Task<HttpResponseMessage>> respond) => _routes[url] = respond;

    public void MapJson(string url, Func<string> json) =>
        Map(url, _ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json(), System.Text.Encoding.UTF8, "application/json") }));

    public int Count(string url) => _counts.TryGetValue(url, out var n) ? n : 0;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.AbsoluteUri;
        _counts.AddOrUpdate(url, 1, (_, n) => n + 1);
        return _routes.TryGetValue(url, out var respond)
            ? respond(request)
            : Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
    }
}
