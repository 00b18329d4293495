using SafeSchools.Bot.Safeguarding.Alerts;

namespace SafeSchools.Bot.Safeguarding.Tests.Alerts;

public sealed class RiskEvaluationTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("extra")]
    [InlineData("blind-2")]
    [InlineData("blind-3")]
    [InlineData("blind-4")]
    [InlineData("blind-5")]
    [InlineData("blind-6")]
    [InlineData("blind-7")]
    [InlineData("blind-8")]
    public void Run_EvaluationSet_MeetsTargets(string set)
    {
        var path = set == "dev" ? Path.Combine(TestPaths.SharedEval, "risk-dev.tsv") : TestPaths.TestData($"Alerts/risk-{set}.tsv");
        using var reader = File.OpenText(path);

        var report = RiskEvaluation.Run(Detectors.FromRepository, reader);

        var text = report.Format();
        Assert.True(report.RecallOf(AlertCategories.ImmediateDanger) >= 1.0, text);
        Assert.True(report.RecallOf(AlertCategories.SelfHarm) >= 1.0, text);
        Assert.True(report.RecallOf(AlertCategories.AbuseDisclosure) >= 0.95, text);
        Assert.True(report.RecallOf(AlertCategories.Sextortion) >= 0.95, text);
        Assert.True(report.FalseAlarmRate <= 0.05, text);
    }

    [Fact]
    public void Run_SmallFile_CountsRecallFalseAlarmsAndMisses()
    {
        const string File = "# comment\nself-harm\ti want to kill myself\nself-harm\thello there\nnone\tmy phone is dead\nnone\the scares me\n";

        var report = RiskEvaluation.Run(Detectors.FromRepository, new StringReader(File));

        Assert.Equal(0.5, report.RecallOf(AlertCategories.SelfHarm));
        Assert.Equal(2, report.NoneTotal);
        Assert.Equal(1, report.FalseAlarms);
        Assert.Equal(0, report.CertainFalseAlarms);
        Assert.Equal([3, 5], report.Misses.Select(m => m.Line));
        Assert.Contains("false alarms", report.Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownLabel_Throws() =>
        Assert.Throws<FormatException>(() => RiskEvaluation.Run(Detectors.FromRepository, new StringReader("danger\thelp")));
}
