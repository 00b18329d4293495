using SafeSchools.Bot.Safeguarding.Content;

namespace SafeSchools.Bot.Safeguarding.Tests.Content;

public sealed class TextScannerTests
{
    [Theory]
    [InlineData("Call 0800 1111 now.", "0800 1111")]
    [InlineData("Text SHOUT to 85258.", "85258")]
    [InlineData("call 999, or 101", "999|101")]
    [InlineData("textphone 18001 101.", "18001 101")]
    [InlineData("Call +44 808 800 5000", "+44 808 800 5000")]
    public void PhoneNumbers_TextWithNumbers_FindsEachNumber(string text, string expected)
    {
        var found = TextScanner.PhoneNumbers(text).Select(m => m.Value.Trim());

        Assert.Equal(expected.Split('|'), found);
    }

    [Theory]
    [InlineData("Many are boys aged 14 to 18.")]
    [InlineData("Chat 1-2-1 with a counsellor, 24 hours, 24/7.")]
    [InlineData("Only 2.4% of users phoned. In 2024 the NCA warned.")]
    [InlineData("Ages 13+ verify their age; anyone up to 19.")]
    [InlineData("Use 999bsl.co.uk or https://www.iwf.org.uk/report")]
    public void PhoneNumbers_AgesYearsPercentagesAndUrls_AreNotNumbers(string text)
    {
        Assert.Empty(TextScanner.PhoneNumbers(text));
    }

    [Theory]
    [InlineData("See www.childline.org.uk.", "www.childline.org.uk")]
    [InlineData("Go to [CEOP](https://www.ceop.police.uk/Safety-Centre/) now", "https://www.ceop.police.uk/Safety-Centre/")]
    [InlineData("use the website 999bsl.co.uk, free", "999bsl.co.uk")]
    public void Urls_TextWithAddresses_FindsTheAddressWithoutPunctuation(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(TextScanner.Urls(text)).Value);
    }

    [Fact]
    public void Urls_EmailAddress_IsNotAUrl()
    {
        Assert.Empty(TextScanner.Urls("Email help@nspcc.org.uk today."));
        Assert.Equal("help@nspcc.org.uk", Assert.Single(TextScanner.Emails("Email help@nspcc.org.uk today.")).Value);
    }

    [Theory]
    [InlineData("https://WWW.Childline.org.uk/", "childline.org.uk")]
    [InlineData("http://takeitdown.ncmec.org", "takeitdown.ncmec.org")]
    public void NormaliseUrl_Variants_AreEqual(string url, string expected)
    {
        Assert.Equal(expected, TextScanner.NormaliseUrl(url));
    }

    [Theory]
    [InlineData("Screenshot the nude photo so you have evidence.")]
    [InlineData("Save the pictures they sent you")]
    [InlineData("Forward the video to a teacher.")]
    [InlineData("Keep evidence. Take a screenshot of the image.")]
    public void UnsafeImageAdvice_TellingSomeoneToKeepImages_IsFound(string text)
    {
        Assert.NotEmpty(TextScanner.UnsafeImageAdvice(text));
    }

    [Theory]
    [InlineData("Don't screenshot, save or forward a nude image.")]
    [InlineData("Take screenshots of the messages (never of nude images).")]
    [InlineData("Keep the username, messages and links. Don't save or forward any images.")]
    [InlineData("Never screenshot or save a nude image, even as evidence: keep the username instead.")]
    [InlineData("Take screenshots of the bullying messages or posts.")]
    public void UnsafeImageAdvice_SafeWording_IsNotFound(string text)
    {
        Assert.Empty(TextScanner.UnsafeImageAdvice(text));
    }

    [Theory]
    [InlineData("Open from 9am to 5pm", true)]
    [InlineData("They answer on weekdays", true)]
    [InlineData("Lines are open 10:00 till late", true)]
    [InlineData("Check their website for opening times.", false)]
    [InlineData("Childline is free, 24 hours.", false)]
    public void OpeningTimes_Wording_IsFoundOnlyWhenItGivesTimes(string text, bool expected)
    {
        Assert.Equal(expected, TextScanner.OpeningTimes(text).Any());
    }

    [Theory]
    [InlineData("If you're in danger right now, call 999.", true)]
    [InlineData("**If you're in DANGER right now, Call 999.**", true)]
    [InlineData("Call 999 in an emergency.", false)]
    public void HasDangerLine_Text_NeedsCall999AndDanger(string text, bool expected)
    {
        Assert.Equal(expected, TextScanner.HasDangerLine(text));
    }
}
