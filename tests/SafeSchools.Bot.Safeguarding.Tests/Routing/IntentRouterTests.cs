using SafeSchools.Bot.Safeguarding.Routing;

namespace SafeSchools.Bot.Safeguarding.Tests.Routing;

public sealed class IntentRouterTests
{
    private static readonly Lazy<IntentRouter> Shared = new(() => IntentRouter.Load(TestPaths.Dialogs));

    private readonly IntentRouter _router = Shared.Value;

    [Theory]
    [InlineData("people keep sending me horrible messages", "bullying")]
    [InlineData("sum1 keeps askin me 4 n00dz", "image-request")]
    [InlineData("my daughter is being bullied on snapchat", "worried-parent")]
    [InlineData("my son sent a naked picture to a girl", "worried-parent")]
    public void Route_ClearMessage_PicksFlowConfidently(string utterance, string expected)
    {
        var result = _router.Route(utterance);

        Assert.True(result.IsConfident, string.Join("; ", result.Candidates.Select(c => $"{c.FlowId} {c.Score}: {string.Join(", ", c.Evidence)}")));
        Assert.Equal(expected, result.FlowId);
        Assert.NotEmpty(result.Candidates[0].Evidence);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("what can you do")]
    [InlineData("")]
    [InlineData(null)]
    public void Route_NoEvidence_IsUnsure(string? utterance)
    {
        var result = _router.Route(utterance);

        Assert.True(result.IsUnsure);
        Assert.Null(result.FlowId);
        Assert.Equal(3, result.Candidates.Count);
    }

    [Fact]
    public void Route_TwoFlowsTie_IsUnsure()
    {
        var result = _router.Route("they bully me and ask for nudes");

        Assert.True(result.IsUnsure, string.Join("; ", result.Candidates.Select(c => $"{c.FlowId} {c.Score}")));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("extra")]
    [InlineData("blind-2")]
    [InlineData("blind-3")]
    public void Evaluation_Set_AtLeast90PercentAccurate(string set)
    {
        var path = set == "dev" ? Path.Combine(TestPaths.SharedEval, "intents-dev.tsv") : TestPaths.TestData($"Routing/intents-{set}.tsv");
        using var reader = File.OpenText(path);

        var report = IntentEvaluation.Run(_router, reader);

        Assert.True(report.Accuracy >= 0.9, report.Format());
    }

    [Fact]
    public void Evaluation_UnsureLabel_CountsAsCorrectWhenUnsure()
    {
        var report = IntentEvaluation.Run(_router, new StringReader("unsure\thello\nbullying\tim being bullied\nbullying\thello\n"));

        Assert.Equal(3, report.Total);
        Assert.Equal(2, report.Correct);
        Assert.Equal(2, report.Unsure);
        Assert.Equal(3, Assert.Single(report.Misses).Line);
    }
}
