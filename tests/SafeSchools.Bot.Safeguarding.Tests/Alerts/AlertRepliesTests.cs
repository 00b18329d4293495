using System.Text.RegularExpressions;
using SafeSchools.Bot.Safeguarding.Alerts;

namespace SafeSchools.Bot.Safeguarding.Tests.Alerts;

public sealed partial class AlertRepliesTests
{
    private static readonly string Sources = File.ReadAllText(Path.Combine(TestPaths.SharedContent, "sources.md"));

    public static TheoryData<string> CategoryIds => [.. AlertCategories.InPriorityOrder];

    [Theory]
    [MemberData(nameof(CategoryIds))]
    public void Reply_EveryCategory_SaysCall999AndNotYourFault(string id)
    {
        var reply = Reply(id);

        Assert.Contains("If you're in danger right now, call 999.", reply, StringComparison.Ordinal);
        Assert.Contains("not your fault", reply, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(CategoryIds))]
    public void Reply_EveryCategory_OffersChatOrTextNotOnlyPhone(string id) =>
        Assert.True(Reply(id).Contains("1-2-1 chat", StringComparison.Ordinal) || Reply(id).Contains("text", StringComparison.OrdinalIgnoreCase));

    [Theory]
    [MemberData(nameof(CategoryIds))]
    public void Reply_EveryCategory_NeverAsksToScreenshotSaveOrForward(string id)
    {
        var reply = Reply(id);

        Assert.DoesNotMatch(new Regex(@"\b(screenshot|screen shot|save|forward)\w*", RegexOptions.IgnoreCase), reply);
        Assert.DoesNotContain("should have", reply, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(CategoryIds))]
    public void Reply_EveryUrlAndNumber_StandsInSources(string id)
    {
        var reply = Reply(id);

        foreach (Match url in Url().Matches(reply))
        {
            var bare = url.Value.TrimEnd('/').Replace("https://", string.Empty, StringComparison.Ordinal);
            Assert.True(Sources.Contains(bare, StringComparison.Ordinal), $"{url.Value} is not in sources.md");
        }

        foreach (Match number in PhoneNumber().Matches(reply))
        {
            Assert.True(Sources.Contains(number.Value, StringComparison.Ordinal), $"{number.Value} is not in sources.md");
        }
    }

    [Theory]
    [InlineData(AlertCategories.ImmediateDanger, "register", "999bsl.co.uk", "0800 1111")]
    [InlineData(AlertCategories.SelfHarm, "0800 1111", "116 123", "85258")]
    [InlineData(AlertCategories.AbuseDisclosure, "You've done the right thing telling", "0808 800 5000", "ceop.police.uk")]
    [InlineData(AlertCategories.Sextortion, "Don't pay", "Don't delete", "takeitdown.ncmec.org")]
    public void Reply_Category_HasItsKeyFacts(string id, string first, string second, string third)
    {
        var reply = Reply(id);

        Assert.Contains(first, reply, StringComparison.Ordinal);
        Assert.Contains(second, reply, StringComparison.Ordinal);
        Assert.Contains(third, reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Reply_ImmediateDanger_Leads999()
    {
        Assert.StartsWith("**If you're in danger right now, call 999.**", Reply(AlertCategories.ImmediateDanger), StringComparison.Ordinal);
    }

    [Fact]
    public void Reply_Sextortion_SaysFakeImagesGetTheSameHelp()
    {
        var reply = Reply(AlertCategories.Sextortion);

        Assert.Contains("fake", reply, StringComparison.Ordinal);
        Assert.Contains("remove-nude-image-shared-online", reply, StringComparison.Ordinal);
    }

    private static string Reply(string id) => Detectors.FromRepository.Catalog.Categories.Single(c => c.Id == id).Reply;

    [GeneratedRegex(@"https?://[^\s)\]]+")]
    private static partial Regex Url();

    [GeneratedRegex(@"\b0\d{3} ?\d{3} ?\d{3,4}\b|\b116 123\b|\b85258\b")]
    private static partial Regex PhoneNumber();
}
