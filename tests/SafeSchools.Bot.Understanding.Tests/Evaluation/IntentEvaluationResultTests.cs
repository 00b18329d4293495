using SafeSchools.Bot.Understanding.Evaluation;

namespace SafeSchools.Bot.Understanding.Tests.Evaluation;

public sealed class IntentEvaluationResultTests
{
    [Fact]
    public void ByFamily_CountsEachFamilysLinesAndHits_AndTheReportShowsThem()
    {
        var result = IntentEvaluationResult.FromPairs("set",
        [
            ("greeting", "greeting"), ("thanks", "none"), ("question-real-person", "question-real-person"),
            ("parent-grooming", "grooming"), ("bullying", "bullying"), ("kb-what-is-ceop", "kb-what-is-ceop"), ("followup-safe-now", "none"),
        ]);

        Assert.Equal(
            [(IntentFamily.DialogActs, 1, 2), (IntentFamily.Questions, 1, 1), (IntentFamily.Topics, 1, 2), (IntentFamily.KnowledgeBase, 1, 1), (IntentFamily.Other, 0, 1)],
            result.ByFamily);
        Assert.Contains("by family: dialog acts 1/2 (50.0 %); questions 1/1 (100.0 %)", result.Format(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("i-am-parent", IntentFamily.DialogActs)]
    [InlineData("question-what-is-ceop", IntentFamily.Questions)]
    [InlineData("exploitation", IntentFamily.Topics)]
    [InlineData("parent-missing-from-home", IntentFamily.Topics)]
    [InlineData("kb-report-remove-how", IntentFamily.KnowledgeBase)]
    [InlineData("everyday-stress", IntentFamily.Other)]
    public void Of_NamesTheFamily(string intent, string family) => Assert.Equal(family, IntentFamily.Of(intent));
}
