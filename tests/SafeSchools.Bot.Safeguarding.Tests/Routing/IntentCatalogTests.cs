using SafeSchools.Bot.Safeguarding.Routing;
using SafeSchools.Bot.Safeguarding.Text;

namespace SafeSchools.Bot.Safeguarding.Tests.Routing;

public sealed class IntentCatalogTests
{
    private const string Valid = """
        settings:
          minimum-score: 2
        flows:
          bullying:
            keywords:
              "bull*": 4
              "left out": 3
            examples:
              - "they leave me out"
          image-request:
            keywords:
              "nudes": 5
        """;

    [Fact]
    public void Load_RepositoryFile_HasTheThreeFlows()
    {
        var catalog = IntentCatalog.Load(TestPaths.Dialogs);

        Assert.Equal(["bullying", "image-request", "worried-parent"], catalog.Flows.Select(f => f.Id));
    }

    [Fact]
    public void Parse_ValidFile_ReadsSettingsAndDefaults()
    {
        var catalog = IntentCatalog.Parse(new StringReader(Valid));

        Assert.Equal(2, catalog.Settings.MinimumScore);
        Assert.Equal(new IntentSettings().MinimumMargin, catalog.Settings.MinimumMargin);
        Assert.Equal("bullying", new IntentRouter(catalog).Route("i was left out").FlowId);
    }

    [Theory]
    [InlineData("\"left out\": 3", "\"left out\": lots", "line 7: the keyword \"left out\" of the flow \"bullying\" needs a number")]
    [InlineData("keywords:\n      \"nudes\"", "keyword:\n      \"nudes\"", "\"keyword\" is not a known setting")]
    [InlineData("minimum-score: 2", "minimum-scor: 2", "\"minimum-scor\" is not a known setting")]
    public void Parse_Mistake_IsReportedWithLineAndReason(string find, string replace, string reason)
    {
        var yaml = Valid.Replace(find, replace, StringComparison.Ordinal);

        var exception = Assert.Throws<CatalogException>(() => IntentCatalog.Parse(new StringReader(yaml)));

        Assert.Contains(exception.Errors, e => e.ToString().Contains(reason, StringComparison.Ordinal));
    }
}
