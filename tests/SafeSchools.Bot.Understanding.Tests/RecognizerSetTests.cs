namespace SafeSchools.Bot.Understanding.Tests;

public sealed class RecognizerSetTests
{
    [Fact]
    public void Merge_CertainRuleAndHesitantModel_KeepsTheCertainRule()
    {
        var rule = new RecognizerResult { Text = "x", Risks = [new RiskScore(RiskLabels.SelfHarm, 1, RiskLevel.Certain, RecognitionSource.Rule)] };
        var model = new RecognizerResult { Text = "x", Risks = [new RiskScore(RiskLabels.SelfHarm, 0.3, RiskLevel.Possible, RecognitionSource.Model)] };

        var merged = RecognizerSet.Merge(model, rule);

        var risk = Assert.Single(merged.Risks);
        Assert.Equal((RiskLevel.Certain, RecognitionSource.Rule), (risk.Level, risk.Source));
    }

    [Fact]
    public void Merge_CertainRuleOfARiskTheModelDoubts_IsOnlyPossible_SoTheBotAsksFirst()
    {
        var rule = new RecognizerResult { Text = "kms this homework", Risks = [new RiskScore(RiskLabels.SelfHarm, 1, RiskLevel.Certain, RecognitionSource.Rule)] };
        var model = new RecognizerResult { Text = "kms this homework", Doubted = [RiskLabels.SelfHarm] };

        var merged = RecognizerSet.Merge(rule, model);

        var risk = Assert.Single(merged.Risks);
        Assert.Equal((RiskLabels.SelfHarm, RiskLevel.Possible, RecognitionSource.Rule), (risk.Label, risk.Level, risk.Source));
    }

    [Fact]
    public void Merge_CertainRuleOfARiskNobodyDoubts_StaysCertain()
    {
        var rule = new RecognizerResult { Text = "x", Risks = [new RiskScore(RiskLabels.ImmediateDanger, 1, RiskLevel.Certain, RecognitionSource.Rule)] };
        var model = new RecognizerResult { Text = "x", Doubted = [RiskLabels.SelfHarm] };

        var merged = RecognizerSet.Merge(rule, model);

        Assert.Equal(RiskLevel.Certain, Assert.Single(merged.Risks).Level);
    }

    [Fact]
    public void Merge_RisksFromEachLayer_AreAllKeptMostSeriousFirst()
    {
        var rule = new RecognizerResult { Text = "x", Risks = [new RiskScore(RiskLabels.Sextortion, 0.5, RiskLevel.Possible, RecognitionSource.Rule)] };
        var model = new RecognizerResult { Text = "x", Risks = [new RiskScore(RiskLabels.ImmediateDanger, 0.9, RiskLevel.Certain, RecognitionSource.Model)] };

        var merged = RecognizerSet.Merge(rule, model);

        Assert.Equal([RiskLabels.ImmediateDanger, RiskLabels.Sextortion], merged.Risks.Select(r => r.Label));
    }

    [Fact]
    public void Merge_SameIntent_TakesTheHigherScore()
    {
        var command = new RecognizerResult { Text = "help", Intents = new Dictionary<string, IntentScore> { ["help"] = new(1, RecognitionSource.Rule) } };
        var model = new RecognizerResult { Text = "help", Intents = new Dictionary<string, IntentScore> { ["help"] = new(0.6), ["menu"] = new(0.3) } };

        var merged = RecognizerSet.Merge(model, command);

        Assert.Equal(("help", 1.0), merged.GetTopScoringIntent());
        Assert.Equal(RecognitionSource.Rule, merged.Intents["help"].Source);
        Assert.Equal(0.3, merged.ScoreOf("menu"));
    }

    [Fact]
    public void TopIntent_BelowTheThreshold_IsNone()
    {
        var result = new RecognizerResult { Text = "hmm", Intents = new Dictionary<string, IntentScore> { ["yes"] = new(0.2) } };

        Assert.Equal(IntentNames.None, result.TopIntent(0.3));
        Assert.Equal("yes", result.TopIntent(0.1));
    }
}
