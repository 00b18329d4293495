using SafeSchools.Bot.Understanding.Model;
using SafeSchools.Bot.Understanding.Tests.Infrastructure;

namespace SafeSchools.Bot.Understanding.Tests;

public sealed class TrainedRecognizerTests(TrainedModelFixture fixture) : IClassFixture<TrainedModelFixture>
{
    private const float PossibleSelfHarm = 0.5f;
    private const float CertainSelfHarm = 0.95f;

    [Theory]
    [InlineData("thanks", 0.95f, false)]
    [InlineData("i-am-young-person", 0.95f, true)]
    [InlineData("question-real-person", 0.9f, false)]
    [InlineData("thanks", 0.6f, true)]
    [InlineData("everyday-stress", 0.95f, true)]
    [InlineData("will-do", 0.99f, true)]
    [InlineData("hard-to-say", 0.99f, true)]
    [InlineData("question-overreacting", 0.99f, true)]
    [InlineData("question-what-is-ceop", 0.9f, false)]
    [InlineData("parent-self-harm", 0.95f, true)]
    public void APossibleRisk_IsLetGoOnlyWhenTheModelIsSureOfAnIntentThatRulesItOut(string intent, float score, bool kept)
    {
        var result = Interpret(intent, score, PossibleSelfHarm);

        Assert.Equal(kept, result.Risks.Any(r => r.Label == RiskLabels.SelfHarm));
    }

    [Fact]
    public void Recognize_WithEverydaySayingsTakenOut_ScoresRisksOnWhatIsLeft_AndIntentsOnTheWholeMessage()
    {
        const string Message = "i want to kill myself";
        var aware = new TrainedRecognizer(fixture.Model, new UnderstandingOptions()) { WithoutEverydaySayings = _ => "~ i was on my phone" };

        var whole = fixture.Recognizer.Recognize(Message);
        var withoutSayings = aware.Recognize(Message);

        Assert.Contains(whole.Risks, r => r.Label == RiskLabels.SelfHarm);
        Assert.DoesNotContain(withoutSayings.Risks, r => r.Label == RiskLabels.SelfHarm);
        Assert.Equal(whole.GetTopScoringIntent(), withoutSayings.GetTopScoringIntent());
    }

    [Fact]
    public void Recognize_AMessageWithNoEverydaySaying_IsScoredAsItIs()
    {
        const string Message = "i want to kill myself";
        var aware = new TrainedRecognizer(fixture.Model, new UnderstandingOptions()) { WithoutEverydaySayings = _ => null };

        Assert.Equal(fixture.Recognizer.Recognize(Message).Risks, aware.Recognize(Message).Risks);
    }

    [Fact]
    public void ARiskTheModelRulesOut_IsRaisedByNoLayer()
    {
        var model = Interpret("thanks", 0.95f, 0.1f);
        var rule = new RecognizerResult
        {
            Text = "a message",
            Risks = [new RiskScore(RiskLabels.SelfHarm, 1, RiskLevel.Certain, RecognitionSource.Rule)],
        };

        var merged = RecognizerSet.Merge(rule, model);

        Assert.Contains(RiskLabels.SelfHarm, model.RuledOut);
        Assert.Empty(merged.Risks);
    }

    [Fact]
    public void ARiskTheModelIsUnsureOf_IsLeftToTheRules()
    {
        var model = Interpret("thanks", 0.6f, 0.1f);
        var rule = new RecognizerResult
        {
            Text = "a message",
            Risks = [new RiskScore(RiskLabels.SelfHarm, 1, RiskLevel.Certain, RecognitionSource.Rule)],
        };

        var merged = RecognizerSet.Merge(rule, model);

        Assert.Equal(RiskLabels.SelfHarm, Assert.Single(merged.Risks).Label);
    }

    [Fact]
    public void ACertainRisk_IsKeptWhateverTheIntent()
    {
        var result = Interpret("thanks", 0.99f, CertainSelfHarm);

        Assert.Equal(RiskLevel.Certain, Assert.Single(result.Risks).Level);
    }

    [Fact]
    public void AMessageOfFewerWordsThanTheMinimum_IsAtMostAPossibleRiskFromTheModel()
    {
        var result = Interpret("dont-know", 0.1f, CertainSelfHarm, "i cant");

        Assert.Equal(RiskLevel.Possible, Assert.Single(result.Risks).Level);
    }

    private RecognizerResult Interpret(string intent, float intentScore, float selfHarm, string text = "this is a message")
    {
        var model = fixture.Model;
        var risks = model.RiskLabels.Select(label => label == RiskLabels.SelfHarm ? selfHarm : 0f).ToArray();
        var intents = model.IntentLabels.Select(label => label == intent ? intentScore : 0f).ToArray();
        Assert.Contains(intent, model.IntentLabels);
        return fixture.Recognizer.Interpret(text, text, new ModelScores(risks, intents));
    }
}
