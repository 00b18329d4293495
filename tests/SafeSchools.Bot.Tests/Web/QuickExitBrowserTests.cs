using Microsoft.Playwright;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Web;

/// <summary>"Exit this page" and Shift pressed three times on its own, on the chat pages and in the parents' widget.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QuickExitBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string WidgetDemo = "/widget-demo.html";
    private const string Launcher = "Chat: worried about a child?";

    private BotHost _bot = null!;
    private IBrowserContext _context = null!;

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

    [Theory]
    [InlineData("/", "I Hate School", false)]
    [InlineData("/", "Im being bullied by Tom and Sam", true)]
    [InlineData(WidgetDemo, "I Hate School", true)]
    [InlineData(WidgetDemo, "Im being bullied by Tom and Sam", false)]
    public async Task TypingCapitalLetters_SendsTheMessageAndThePageStays(string path, string message, bool releaseShiftFirst)
    {
        var page = await OpenChatAsync(path);
        var chat = Find(page, path, "body");

        await WebChat.SendBox(chat).FocusAsync();
        await WebChat.TypeWithShiftForCapitalsAsync(page.Keyboard, message, releaseShiftFirst);
        await page.Keyboard.PressAsync("Enter");

        await WebChat.ExpectUserSaidAsync(chat, message);
        Assert.Equal(path, new Uri(page.Url).AbsolutePath);
        Assert.True(await chat.GetByRole(AriaRole.Button, new() { Name = "Exit this page" }).IsVisibleAsync());
    }

    [Fact]
    public async Task ShiftPressedThreeTimesOnItsOwn_LeavesAndAFreshLoadShowsNoOldMessages()
    {
        var page = await OpenChatAsync("/");
        await WebChat.SendAsync(WebChat.In(page), "my secret words");
        await WebChat.ExpectUserSaidAsync(WebChat.In(page), "my secret words");

        await PressShiftAsync(page, times: 3);
        await WaitToLeaveAsync(page);

        var fresh = await OpenChatAsync("/");
        Assert.Equal(0, await fresh.GetByText("my secret words").CountAsync());
        Assert.Equal("0", await fresh.EvaluateAsync<string>("String(localStorage.length + sessionStorage.length)"));
    }

    [Fact]
    public async Task AnotherKeyBetweenShiftPresses_StartsTheCountAgain()
    {
        var page = await OpenChatAsync("/");
        await WebChat.SendBox(WebChat.In(page)).FocusAsync();

        await PressShiftAsync(page, times: 2);
        await page.Keyboard.TypeAsync("a");
        await PressShiftAsync(page, times: 2);
        await ExpectStillOnThePageAsync(page);

        await PressShiftAsync(page, times: 1);
        await WaitToLeaveAsync(page);
    }

    [Fact]
    public async Task ShiftPressesMoreThanFiveSecondsApart_StartTheCountAgain()
    {
        var page = await OpenChatAsync("/");

        await PressShiftAsync(page, times: 2);
        await Task.Delay(TimeSpan.FromSeconds(5.5));
        await PressShiftAsync(page, times: 2);
        await ExpectStillOnThePageAsync(page);

        await PressShiftAsync(page, times: 1);
        await WaitToLeaveAsync(page);
    }

    [Fact]
    public async Task ExitButton_LeavesThePage()
    {
        var page = await OpenChatAsync("/");

        await page.GetByRole(AriaRole.Button, new() { Name = "Exit this page" }).ClickAsync();

        await WaitToLeaveAsync(page);
    }

    [Theory]
    [InlineData("Shift three times")]
    [InlineData("the Exit this page button")]
    public async Task WidgetQuickExit_TakesTheSchoolsPageAwayNotJustTheChat(string how)
    {
        var page = await OpenChatAsync(WidgetDemo);
        var chat = WebChat.InWidget(page);
        await WebChat.SendAsync(chat, "my secret words");
        await WebChat.ExpectUserSaidAsync(chat, "my secret words");

        if (how == "Shift three times")
        {
            await PressShiftAsync(page, times: 3);
        }
        else
        {
            await chat.GetByRole(AriaRole.Button, new() { Name = "Exit this page" }).ClickAsync();
        }

        await WaitToLeaveAsync(page);
    }

    [Fact]
    public async Task EscapeInTheWidget_ClosesItAndFocusesItsButton()
    {
        var page = await OpenChatAsync(WidgetDemo);
        await WebChat.SendBox(WebChat.InWidget(page)).FocusAsync();

        await page.Keyboard.PressAsync("Escape");

        var launcher = page.GetByRole(AriaRole.Button, new() { Name = Launcher });
        await Assertions.Expect(page.Locator(WebChat.WidgetFrame)).ToHaveCountAsync(0);
        await Assertions.Expect(launcher).ToBeFocusedAsync();
        Assert.Equal("false", await launcher.GetAttributeAsync("aria-expanded"));
    }

    /// <summary>Opens the chat (on <see cref="WidgetDemo"/>, the widget) once it has welcomed the user and knows where quick exit goes.</summary>
    private async Task<IPage> OpenChatAsync(string path)
    {
        var page = await _context.NewPageAsync();
        await page.GotoAsync(new Uri(_bot.BaseAddress, path).ToString());
        if (path == WidgetDemo)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = Launcher }).ClickAsync();
        }

        await WebChat.ExpectBotSaysAsync(Find(page, path, "body"), "call 999");

        // Under load the page's settings (where quick exit goes) can arrive after the chat: wait until they have.
        await Find(page, path, "html[data-quick-exit=ready]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        return page;
    }

    private static ILocator Find(IPage page, string path, string selector) =>
        path == WidgetDemo ? page.FrameLocator(WebChat.WidgetFrame).Locator(selector) : page.Locator(selector);

    private static async Task PressShiftAsync(IPage page, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await page.Keyboard.PressAsync("Shift");
        }
    }

    // Quick exit empties the page before it navigates, so a page that still shows its button has not left.
    private static async Task ExpectStillOnThePageAsync(IPage page) =>
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Exit this page" }).IsVisibleAsync());

    // The test host sends quick exit to about:blank. The address is polled: WaitForURLAsync sometimes missed that
    // navigation when it committed just as the wait began (often in the widget, on a loaded machine).
    private static async Task WaitToLeaveAsync(IPage page) =>
        await Assertions.Expect(page).ToHaveURLAsync("about:blank", new() { Timeout = 20_000 });
}
