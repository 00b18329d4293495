using Microsoft.Playwright;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Web;

/// <summary>
/// The first screen (issue 15): on a phone and on a laptop, the send box, the quick exit and the page's 999 line are in
/// view without scrolling once the welcome has arrived, and the 999 line stays in view as the conversation grows.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FirstScreenBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string DangerLine = "If you're in danger right now, call 999.";

    private BotHost _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await BotHost.StartAsync(new Dictionary<string, string?> { ["Web:QuickExitUrl"] = "about:blank" });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("/", 360, 640)]
    [InlineData("/", 1280, 720)]
    [InlineData("/parents.html", 360, 640)]
    [InlineData("/parents.html", 1280, 720)]
    public async Task AfterTheWelcome_TheSendBoxQuickExitAnd999LineAreInView(string path, int width, int height)
    {
        await using var context = await NewContextAsync(width, height);
        var page = await OpenAsync(context, path);

        await ExpectInViewAsync(page, WebChat.SendBox(WebChat.In(page)), "the send box");
        await ExpectInViewAsync(page, QuickExit(page), "the quick exit");
        await ExpectInViewAsync(page, PageDangerLine(page), "the 999 line");
        await ScreenshotAsync(page, $"first-screen{Name(path)}-{width}x{height}");
    }

    [Theory]
    [InlineData("/", 360, 640)]
    [InlineData("/", 1280, 720)]
    [InlineData("/parents.html", 360, 640)]
    [InlineData("/parents.html", 1280, 720)]
    public async Task AfterSeveralMessages_The999LineAndSendBoxAreStillInView(string path, int width, int height)
    {
        await using var context = await NewContextAsync(width, height);
        var page = await OpenAsync(context, path);
        var chat = WebChat.In(page);

        string[] messages = ["hello", "what can you help with", "thanks", "ok", "i am not sure what to say"];
        foreach (var message in messages)
        {
            await WebChat.SendAsync(chat, message);
            await WebChat.ExpectUserSaidAsync(chat, message);
        }

        // The page's own line, once: the transcript scrolls under it, and the page never scrolls it away.
        Assert.Equal(1, await page.Locator(".danger").GetByText(DangerLine).CountAsync());
        await ExpectInViewAsync(page, PageDangerLine(page), "the 999 line");
        await ExpectInViewAsync(page, QuickExit(page), "the quick exit");
        await ExpectInViewAsync(page, WebChat.SendBox(chat), "the send box");
        await ScreenshotAsync(page, $"first-screen{Name(path)}-{width}x{height}-after-messages");
    }

    private async Task<IBrowserContext> NewContextAsync(int width, int height) =>
        await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });

    private async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_bot.BaseAddress, path).ToString());
        await WebChat.ExpectBotSaysAsync(WebChat.In(page), "call 999");
        return page;
    }

    private static ILocator PageDangerLine(IPage page) => page.Locator(".danger").GetByText(DangerLine);

    private static ILocator QuickExit(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Exit this page" });

    /// <summary>The element's whole box is inside the viewport as the page is now: nobody has to scroll to it.</summary>
    private static async Task ExpectInViewAsync(IPage page, ILocator element, string what)
    {
        await element.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        var box = await element.BoundingBoxAsync();
        var viewport = page.ViewportSize!;
        Assert.True(box is not null, $"{what} has no box");
        Assert.True(
            box.X >= 0 && box.Y >= 0 && box.X + box.Width <= viewport.Width && box.Y + box.Height <= viewport.Height,
            $"{what} at ({box.X}, {box.Y}) size {box.Width}×{box.Height} is not inside the {viewport.Width}×{viewport.Height} viewport");
    }

    private static string Name(string path) => path == "/" ? string.Empty : "-" + Path.GetFileNameWithoutExtension(path);

    private static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, name + ".png") });
}
