using SafeSchools.Bot.Safeguarding.Alerts;

namespace SafeSchools.Bot.Safeguarding.Tests.Alerts;

public sealed class LeadingWordsTests
{
    [Theory]
    [InlineData("kill myself", "kill ")]
    [InlineData("(?:kill|end)\\w* me", "kill|end")]
    [InlineData("(?:is|are|s) hurting", "is |are |s ")]
    [InlineData("pics? of me", "pic")]
    [InlineData("(?:sexually )?abused me", "sexually |abused ")]
    [InlineData("\\d+ pounds", "0|1|2|3|4|5|6|7|8|9")]
    [InlineData("£ ?\\d*", "£")]
    [InlineData("gift ?cards?", "gift")]
    [InlineData("(?:a|b)(?:\\S+ ){0,3}c", "a|b")]
    public void Of_Pattern_GivesWordStarts(string pattern, string expected) =>
        Assert.Equal(expected.Split('|'), LeadingWords.Of(pattern));

    [Theory]
    [InlineData("(?:\\S+ ){0,3}kill")]
    [InlineData("[a-z]+ me")]
    [InlineData(".*kill")]
    public void Of_PatternThatCouldStartAnywhere_GivesNull(string pattern) =>
        Assert.Null(LeadingWords.Of(pattern));

    public static TheoryData<string> AllUtterances()
    {
        var data = new TheoryData<string>();
        foreach (var path in new[] { Path.Combine(TestPaths.SharedEval, "risk-dev.tsv"), TestPaths.TestData("Alerts/risk-extra.tsv"), TestPaths.TestData("Alerts/risk-blind-2.tsv"), TestPaths.TestData("Alerts/risk-blind-3.tsv"), TestPaths.TestData("Alerts/risk-blind-4.tsv") })
        {
            foreach (var (_, utterance) in TestPaths.Labelled(path).Select(row => ((string)row[0], (string)row[1])))
            {
                data.Add(utterance);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllUtterances))]
    public void Detect_WithWordIndex_FindsExactlyWhatTryingEveryRuleEverywhereFinds(string utterance)
    {
        var detector = Detectors.FromRepository;
        var text = detector.Prepare(utterance);

        var exhaustive = detector.Catalog.Categories
            .Select(c => (c.Id, Certain: c.Rules.Any(r => r.Certainty == AlertCertainty.Certain && r.Fires(text)), Any: c.Rules.Any(r => r.Fires(text))))
            .Where(c => c.Any)
            .Select(c => $"{c.Id}:{(c.Certain ? AlertCertainty.Certain : AlertCertainty.Uncertain)}");
        var indexed = detector.Detect(utterance).Matches.Select(m => $"{m.Category}:{m.Certainty}");

        Assert.Equal(exhaustive, indexed);
    }

    [Fact]
    public void RepositoryRules_AllHaveLeadingWords()
    {
        // A rule whose start cannot be worked out (say it begins with [2-9]) is tried at every word of every
        // message; that costs several microseconds a message each, so spell such starts out as words.
        var always = Detectors.FromRepository.Catalog.Index.Always.Select(r => $"{r.Category} line {r.Line}: {r.Pattern}");

        Assert.Empty(always);
    }
}
