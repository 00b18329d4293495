using SafeSchools.Bot.Understanding.Evaluation;

namespace SafeSchools.Bot.Understanding.Tests.Evaluation;

public sealed class ReferenceBaselineTests
{
    private static readonly LabelledLine[] Lines =
    [
        new("immediate-danger", "theres a man with a knife outside my house"),
        new("immediate-danger", "someone is trying to break in right now"),
        new("immediate-danger", "hes outside with a knife and wont go away"),
        new("self-harm", "i want to kill myself"),
        new("self-harm", "i cut myself again last night"),
        new("self-harm", "i dont want to be alive anymore"),
        new("abuse-disclosure", "my stepdad hits me when hes drunk"),
        new("abuse-disclosure", "my uncle touches me and says its a secret"),
        new("sextortion", "he says hell post my nudes unless i pay him"),
        new("sextortion", "they want money or theyll send my pics to everyone"),
        new("none", "i like football and playing fifa"),
        new("none", "what time does school finish today"),
        new("none", "my mum made pasta for tea"),
        new("none", "we have a maths test tomorrow"),
        new("immediate-danger,abuse-disclosure", "my dad is hitting my mum right now and i can hear it"),
    ];

    [Fact]
    public void Train_OnLabelledRiskLines_FindsALikeMessageAndNotAnEverydayOne()
    {
        var baseline = ReferenceBaseline.Train(Lines);

        Assert.Contains(baseline.Recognize("someone with a knife is outside my house").Risks, r => r.Label == RiskLabels.ImmediateDanger);
        Assert.DoesNotContain(baseline.Recognize("we had pasta for tea").Risks, r => r.Label == RiskLabels.ImmediateDanger);
        Assert.Empty(baseline.Recognize("hello").Intents);
    }
}
