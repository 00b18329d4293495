using SafeSchools.Bot.Storage.Tests;
using SafeSchools.Bot.Tests.Infrastructure;
using SafeSchools.Bot.Tests.Web;

namespace SafeSchools.Bot.Tests.Deployment;

/// <summary>
/// The documented deployment, end to end: two bot instances on one PostgreSQL behind nginx running the shipped
/// <c>deployment/nginx.conf</c>, and web chats through it.
/// </summary>
[Collection(ScaleOutBrowserCollection.Name)]
public sealed class TwoInstanceProxyTests(PostgreSqlServer database, BrowserFixture browser) : IAsyncLifetime
{
    private const string WhereQuestion = "Is it happening online, in person, or both?";

    private readonly Dictionary<Uri, BotHost> _instances = [];
    private NginxProxy _proxy = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = await database.CreateDatabaseAsync(),
            ["DirectLine:TokenSigningKey"] = Convert.ToBase64String("the key both instances share, 32b"u8.ToArray()),
            // Every chat here comes from one address (the test): let 50 start in a minute.
            ["DirectLine:ChatsPerClientPerMinute"] = "100",
            ["Web:QuickExitUrl"] = "about:blank",
        };
        foreach (var _ in new[] { 1, 2 })
        {
            var instance = await BotHost.StartAsync(settings);
            _instances[instance.BaseAddress] = instance;
        }

        _proxy = await NginxProxy.StartAsync(_instances.Keys.First(), _instances.Keys.Last());
    }

    public async Task DisposeAsync()
    {
        await _proxy.DisposeAsync();
        foreach (var instance in _instances.Values)
        {
            await instance.DisposeAsync();
        }
    }

    [Fact]
    public async Task FiftyWebChats_ThroughTheProxy_AllGetTheirReplies()
    {
        using var http = new HttpClient { BaseAddress = _proxy.BaseAddress };

        var chats = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => ChatAsync(http)));

        Assert.Equal(50, chats.Count(answered => answered));
    }

    [Fact]
    public async Task WebChat_TheInstanceServingItStops_TheChatCarriesOnOnTheOther()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_proxy.BaseAddress, "/").ToString());
        var chat = WebChat.In(page);
        await WebChat.ExpectBotSaysAsync(chat, "What would you like help with?");
        await WebChat.SendAsync(chat, "I'm being bullied");
        await WebChat.ExpectBotSaysAsync(chat, WhereQuestion);

        await StopAsync(_proxy.LastDirectLineUpstream());
        await WebChat.SendAsync(chat, "online");

        await WebChat.ExpectBotSaysAsync(chat, "Block and report");
        await WebChat.ExpectUserSaidAsync(chat, "online");
        Assert.Equal(1, await chat.GetByText("online", new() { Exact = true }).CountAsync());
    }

    private async Task StopAsync(string upstream)
    {
        var address = _instances.Keys.Single(a => $"{a.Host}:{a.Port}" == upstream);
        await _instances[address].DisposeAsync();
        _instances.Remove(address);
    }

    private static async Task<bool> ChatAsync(HttpClient http)
    {
        var client = new DirectLineClient(http);
        await client.StartAsync();
        var (_, watermark) = await client.GetActivitiesAsync();
        await client.PostMessageAsync("I'm being bullied");
        for (var poll = 0; poll < 50; poll++)
        {
            var (activities, _) = await client.GetActivitiesAsync(watermark);
            if (activities.Any(a => a.Text?.Contains(WhereQuestion, StringComparison.Ordinal) == true))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
