using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Safeguarding.Text;

namespace SafeSchools.Bot.Safeguarding.Tests.Alerts;

public sealed class AlertCatalogTests
{
    private const string Valid = """
        terms:
          me: 'me|myself'
        idioms:
          - 'killing it'
        categories:
          immediate-danger:
            clarify: "Are you in danger right now?"
            reply: "If you're in danger right now, call 999."
            certain:
              - 'stab {me}'
          self-harm:
            clarify: "Q?"
            reply: "R"
            certain:
              - pattern: 'kill {me}'
                unless: 'laughing'
            uncertain:
              - 'want it to stop'
          abuse-disclosure:
            clarify: "Q?"
            reply: "R"
            certain: ['abused me']
          sextortion:
            clarify: "Q?"
            reply: "R"
            certain: ['sextort\w*']
        """;

    [Fact]
    public void Load_RepositoryFile_HasAllCategoriesInPriorityOrder()
    {
        var catalog = AlertCatalog.Load(TestPaths.Dialogs);

        Assert.Equal(AlertCategories.InPriorityOrder, catalog.Categories.Select(c => c.Id));
        Assert.All(catalog.Categories, c => Assert.NotEmpty(c.Rules));
    }

    [Fact]
    public void Parse_ValidFile_BuildsWorkingDetector()
    {
        var detector = new AlertDetector(AlertCatalog.Parse(new StringReader(Valid)));

        Assert.Equal(AlertCategories.SelfHarm, detector.Detect("I'll kill myself").Category);
        Assert.False(detector.Detect("kill myself laughing").IsAlert);
        Assert.True(detector.Detect("i want it to stop").NeedsClarifying);
        Assert.Equal(AlertCategories.Sextortion, detector.Detect("being sextorted").Category);
    }

    [Fact]
    public void Parse_DiscussingPatterns_LeaveTheirMessagesToTheModel()
    {
        var yaml = Valid.Replace("categories:", """
            discussing:
              - 'lesson (?:on|about)'
              - pattern: 'what does \S+ mean'
                unless: 'what does it mean'
            categories:
            """, StringComparison.Ordinal);
        var detector = new AlertDetector(AlertCatalog.Parse(new StringReader(yaml)));

        var lesson = detector.Detect("we had a lesson on how not to stab me");
        var unless = detector.Detect("what does it mean if he says he will stab me");

        Assert.False(lesson.IsAlert);
        Assert.Equal(AlertCategories.ImmediateDanger, Assert.Single(lesson.Deferred).Category);
        Assert.False(detector.Detect("what does sextorted mean").IsAlert);
        Assert.Equal(AlertCategories.ImmediateDanger, unless.Category);
        Assert.Empty(unless.Deferred);
    }

    [Fact]
    public void Parse_BadRegex_ReportsFileLineAndReasonForAnOfficer()
    {
        var yaml = Valid.Replace("'abused me'", "'(abused me'", StringComparison.Ordinal);

        var error = Assert.Single(Assert.Throws<CatalogException>(() => AlertCatalog.Parse(new StringReader(yaml))).Errors);

        Assert.Equal("alerts.yaml line 22: the pattern \"(abused me\" is not valid: missing closing bracket", error.ToString());
    }

    [Theory]
    [InlineData("reply: \"R\"\n    certain: ['abused me']", "certain: ['abused me']", "has no \"reply\"")]
    [InlineData("certain: ['abused me']", "certian: ['abused me']", "\"certian\" is not a known setting")]
    [InlineData("'stab {me}'", "'stab {mee}'", "uses {mee}, which is not defined under \"terms\"")]
    [InlineData("'stab {me}'", "'Stab {me}'", "capital letters")]
    [InlineData("'stab {me}'", "'don''t {me}'", "apostrophe")]
    [InlineData("'stab {me}'", "'(?:stab)?'", "matches almost any message")]
    [InlineData("sextortion:", "sextortionn:", "not a known category")]
    [InlineData("'stab {me}'", "'stab(?! me)'", "write the exception as an \"unless\"")]
    [InlineData("idioms:", "idiomz:", "\"idiomz\" is not a known setting")]
    public void Parse_Mistake_IsReportedWithReason(string find, string replace, string reason)
    {
        var yaml = Valid.Replace(find, replace, StringComparison.Ordinal);

        var exception = Assert.Throws<CatalogException>(() => AlertCatalog.Parse(new StringReader(yaml)));

        Assert.Contains(exception.Errors, e => e.Reason.Contains(reason, StringComparison.Ordinal) && e.File == "alerts.yaml");
    }

    [Fact]
    public void Parse_SeveralMistakes_ReportsEveryOne()
    {
        var yaml = Valid.Replace("'abused me'", "'(abused me'", StringComparison.Ordinal).Replace("'stab {me}'", "'stab {nope}'", StringComparison.Ordinal);

        var exception = Assert.Throws<CatalogException>(() => AlertCatalog.Parse(new StringReader(yaml)));

        Assert.Equal(2, exception.Errors.Count);
        Assert.All(exception.Errors, e => Assert.True(e.Line > 0));
    }

    [Fact]
    public void Parse_NotYaml_ReportsLine()
    {
        var exception = Assert.Throws<CatalogException>(() => AlertCatalog.Parse(new StringReader("categories:\n  - [unclosed\n")));

        Assert.Contains("not valid YAML", exception.Message, StringComparison.Ordinal);
    }
}
