using System.Text.Json;
using Microsoft.Playwright;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class WebChatBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private BotHost _bot = null!;
    private IBrowserContext _context = null!;
    private readonly List<string> _consoleErrors = [];

    public async Task InitializeAsync()
    {
        _bot = await BotHost.StartAsync(new Dictionary<string, string?> { ["Web:QuickExitUrl"] = "about:blank" });
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
    }

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task HomePage_Loads_WelcomeAppearsWithThe999Line()
    {
        var page = await OpenAsync("/");

        await ExpectBotSaysAsync(page, "call 999");
        await ScreenshotAsync(page, "home-welcome");

        Assert.Equal("Exit this page", await page.GetByRole(AriaRole.Button, new() { Name = "Exit this page" }).InnerTextAsync());
        Assert.DoesNotContain(_consoleErrors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SuggestedAction_Clicked_StartsAFlow()
    {
        var page = await OpenAsync("/");
        // The young people's page doesn't ask who is chatting: the topics come straight after who the bot is.
        await ExpectBotSaysAsync(page, "What would you like help with?");
        Assert.Equal(0, await page.GetByText("Are you a young person").CountAsync());

        await SuggestedAction(page, "I'm being bullied").ClickAsync();

        await ExpectBotSaysAsync(page, "not your fault");
        await ScreenshotAsync(page, "bullying-flow");
    }

    [Fact]
    public async Task TypingSomeoneIsFollowingMe_ShowsTheEmergencyGuidance()
    {
        var page = await OpenAsync("/");
        await ExpectBotSaysAsync(page, "call 999");

        await SendAsync(page, "someone is following me");

        // The danger reply: how to reach 999 without speaking (the Silent Solution), before anything else.
        await ExpectBotSaysAsync(page, "press 55");
        await ScreenshotAsync(page, "emergency-guidance");
    }

    [Fact]
    public async Task ParentsWidget_OpensTheParentFlowInAnIframe()
    {
        var page = await OpenAsync("/widget-demo.html");

        await page.GetByRole(AriaRole.Button, new() { Name = "Chat: worried about a child?" }).ClickAsync();
        await WebChat.ExpectBotSaysAsync(WebChat.InWidget(page), "What are you worried about?");
        await ScreenshotAsync(page, "parents-widget");

        Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "Chat: worried about a child?" }).GetAttributeAsync("aria-expanded"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/parents.html")]
    [InlineData("/privacy.html")]
    [InlineData("/widget-demo.html")]
    public async Task Pages_HaveNoAccessibilityViolations(string path)
    {
        var page = await OpenAsync(path);
        if (path == "/widget-demo.html")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Chat: worried about a child?" }).ClickAsync();
            await WebChat.ExpectBotSaysAsync(WebChat.InWidget(page), "call 999");
        }
        else if (path != "/privacy.html")
        {
            await ExpectBotSaysAsync(page, "call 999");
        }

        // Every rule, best practices included, of any impact; axe checks the widget's iframe too when it runs in both frames.
        var axe = await File.ReadAllTextAsync(RepositoryPaths.AxeScript);
        foreach (var frame in page.Frames)
        {
            await frame.EvaluateAsync(axe);
        }

        var result = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document)).violations" +
            ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))");

        Assert.Empty(result.EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task Favicon_IsServed()
    {
        var response = await _bot.Client.GetAsync("/favicon.ico");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Page_IsServedWithAStrictContentSecurityPolicy()
    {
        var response = await _bot.Client.GetAsync("/");

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp.Replace(_bot.BaseAddress.Authority, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await _context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add(message.Text);
            }
        };
        await page.GotoAsync(new Uri(_bot.BaseAddress, path).ToString());
        return page;
    }

    private static async Task ExpectBotSaysAsync(IPage page, string text) => await WebChat.ExpectBotSaysAsync(WebChat.In(page), text);

    private static ILocator SuggestedAction(IPage page, string name) =>
        page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).GetByRole(AriaRole.Button, new() { Name = name });

    private static async Task SendAsync(IPage page, string text) => await WebChat.SendAsync(WebChat.In(page), text);

    private static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, name + ".png"), FullPage = true });
}
