using SafeSchools.Bot.Understanding.Evaluation;
using SafeSchools.Bot.Understanding.Tests.Infrastructure;

namespace SafeSchools.Bot.Understanding.Tests.Evaluation;

/// <summary>
/// Recall gates on lines the model never trained on (HeldOut/: the project's earlier test sets and the shared
/// development sets; Blind/: batches written by people who had not seen the training data). The floors sit a little
/// below what was measured when they were set, so a change that makes understanding worse fails here.
/// </summary>
public sealed class HeldOutTests(TrainedModelFixture fixture) : IClassFixture<TrainedModelFixture>
{
    [Theory]
    [InlineData("HeldOut/risk-dev.tsv", 1.0, 1.0, 1.0, 1.0)]
    [InlineData("HeldOut/risk-project.tsv", 0.93, 0.97, 0.8, 0.95)]
    [InlineData("Blind/blind-1-risk.tsv", 0.95, 0.95, 0.93, 0.96)]
    [InlineData("Blind/blind-2-risk.tsv", 0.96, 0.96, 0.96, 0.85)]
    [InlineData("Blind/blind-5-risk.tsv", 0.97, 0.97, 0.96, 0.93)]
    [InlineData("Blind/blind-6-risk.tsv", 0.97, 0.92, 0.96, 0.96)]
    [InlineData("Blind/blind-7-risk.tsv", 0.97, 0.97, 0.93, 0.96)]
    [InlineData("Blind/blind-8-risk.tsv", 0.97, 0.95, 0.96, 0.96)]
    [InlineData("Blind/blind-9-risk.tsv", 0.97, 0.95, 0.93, 0.96)]
    [InlineData("Blind/blind-10-risk.tsv", 0.97, 0.9, 0.96, 0.96)]
    [InlineData("Blind/blind-11-risk.tsv", 0.97, 0.97, 0.96, 0.96)]
    public void Model_FindsUnseenRisks(string file, double danger, double selfHarm, double abuse, double sextortion)
    {
        var result = RiskEvaluationResult.Run(file, fixture.Recognizer, Read(file));

        Assert.True(result.RecallOf(RiskLabels.ImmediateDanger) >= danger, result.Format());
        Assert.True(result.RecallOf(RiskLabels.SelfHarm) >= selfHarm, result.Format());
        Assert.True(result.RecallOf(RiskLabels.AbuseDisclosure) >= abuse, result.Format());
        Assert.True(result.RecallOf(RiskLabels.Sextortion) >= sextortion, result.Format());
    }

    [Theory]
    [InlineData("Blind/blind-1-risk.tsv", 0.2, 2)]
    [InlineData("Blind/blind-2-risk.tsv", 0.15, 1)]
    [InlineData("Blind/blind-5-risk.tsv", 0.08, 2)]
    [InlineData("Blind/blind-6-risk.tsv", 0.1, 3)]
    [InlineData("Blind/blind-7-risk.tsv", 0.1, 5)]
    [InlineData("Blind/blind-8-risk.tsv", 0.18, 7)]
    [InlineData("Blind/blind-9-risk.tsv", 0.14, 5)]
    [InlineData("Blind/blind-10-risk.tsv", 0.14, 4)]
    [InlineData("Blind/blind-11-risk.tsv", 0.14, 4)]
    [InlineData("HeldOut/risk-project.tsv", 0.3, 35)]
    public void Model_RaisesFewFalseAlarmsOnEverydayLines(string file, double maximumRate, int maximumCertain)
    {
        var result = RiskEvaluationResult.Run(file, fixture.Recognizer, Read(file));

        Assert.True(result.FalseAlarmRate <= maximumRate, result.Format());
        Assert.True(result.CertainFalseAlarms <= maximumCertain, result.Format());
    }

    [Theory]
    [InlineData("Blind/blind-1-intents.tsv", 0.85)]
    [InlineData("Blind/blind-2-intents.tsv", 0.9)]
    [InlineData("Blind/blind-5-intents.tsv", 0.85)]
    [InlineData("Blind/blind-6-intents.tsv", 0.9)]
    [InlineData("Blind/blind-7-intents.tsv", 0.9)]
    [InlineData("Blind/blind-9-intents.tsv", 0.9)]
    [InlineData("Blind/blind-10-intents.tsv", 0.88)]
    [InlineData("Blind/blind-11-intents.tsv", 0.88)]
    public void Model_RecognisesUnseenIntents(string file, double minimumAccuracy)
    {
        var result = IntentEvaluationResult.Run(file, fixture.Recognizer, Read(file), new UnderstandingOptions().IntentThreshold);

        Assert.True(result.Accuracy >= minimumAccuracy, result.Format());
    }

    [Theory]
    [InlineData("i cut myself again last night")]
    [InlineData("there's a man following me home")]
    public void SameMessage_FirstOrMidConversation_IsUnderstoodTheSame(string text)
    {
        var first = fixture.Recognizer.Recognize(text);
        var later = fixture.Recognizer.Recognize(text);

        Assert.Equal(first.Risks, later.Risks);
        Assert.Equal(first.GetTopScoringIntent(), later.GetTopScoringIntent());
    }

    private static IReadOnlyList<LabelledLine> Read(string file)
    {
        using var reader = File.OpenText(RepositoryPaths.TestFile(file.Split('/')));
        return LabelledLine.ReadTsv(reader);
    }
}
