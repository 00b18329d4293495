using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Web;

public sealed class SecurityHeadersTests
{
    [Fact]
    public async Task EveryResponse_AllowsSocketsOnlyToTheHostItWasAskedFor_WhicheverHostComesNext()
    {
        await using var bot = await BotHost.StartAsync();
        using var client = new HttpClient { BaseAddress = bot.BaseAddress };

        var first = await PolicyForHostAsync(client, "bot.school.example");
        var second = await PolicyForHostAsync(client, "widget.police.example");
        var firstAgain = await PolicyForHostAsync(client, "bot.school.example");

        Assert.Contains("connect-src 'self' ws://bot.school.example;", first, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' ws://widget.police.example;", second, StringComparison.Ordinal);
        Assert.Equal(first, firstAgain);
        Assert.Contains("script-src 'self';", first, StringComparison.Ordinal);
    }

    private static async Task<string> PolicyForHostAsync(HttpClient client, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Host = host;
        using var response = await client.SendAsync(request);
        return string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
    }
}
