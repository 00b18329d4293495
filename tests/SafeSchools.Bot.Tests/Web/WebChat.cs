using Microsoft.Playwright;

namespace SafeSchools.Bot.Tests.Web;

/// <summary>
/// What a user does and sees in Web Chat. <c>chat</c> is the page's body, or the body inside the widget's iframe.
/// </summary>
internal static class WebChat
{
    public const string WidgetFrame = "iframe[title='Safe Schools chat']";

    public static ILocator In(IPage page) => page.Locator("body");

    public static ILocator InWidget(IPage page) => page.FrameLocator(WidgetFrame).Locator("body");

    public static async Task ExpectBotSaysAsync(ILocator chat, string text) =>
        await chat.Locator(".webchat__bubble:not(.webchat__bubble--from-user)").GetByText(text).First
            .WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });

    public static async Task ExpectUserSaidAsync(ILocator chat, string text) =>
        await chat.Locator(".webchat__bubble--from-user").GetByText(text, new() { Exact = true }).First
            .WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });

    public static ILocator SendBox(ILocator chat) => chat.GetByRole(AriaRole.Textbox).Last;

    public static async Task SendAsync(ILocator chat, string text)
    {
        var box = SendBox(chat);
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }

    /// <summary>
    /// Types <paramref name="text"/> key by key as a person does, holding Shift for each capital. A fast typist lets go
    /// of Shift before the letter (<paramref name="releaseShiftFirst"/>); a slower one lets go of the letter first.
    /// </summary>
    public static async Task TypeWithShiftForCapitalsAsync(IKeyboard keyboard, string text, bool releaseShiftFirst)
    {
        foreach (var character in text)
        {
            if (!char.IsAsciiLetterUpper(character))
            {
                await keyboard.TypeAsync(character.ToString());
                continue;
            }

            var letter = "Key" + character;
            await keyboard.DownAsync("Shift");
            await keyboard.DownAsync(letter);
            await keyboard.UpAsync(releaseShiftFirst ? "Shift" : letter);
            await keyboard.UpAsync(releaseShiftFirst ? letter : "Shift");
        }
    }
}
