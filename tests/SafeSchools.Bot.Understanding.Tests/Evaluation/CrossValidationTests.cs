using SafeSchools.Bot.Understanding.Evaluation;
using SafeSchools.Bot.Understanding.Tests.Infrastructure;
using SafeSchools.Bot.Understanding.Training;

namespace SafeSchools.Bot.Understanding.Tests.Evaluation;

public sealed class CrossValidationTests(TrainedModelFixture fixture) : IClassFixture<TrainedModelFixture>
{
    [Fact]
    public void AssignFolds_EveryLabelIsSpreadEvenlyOverTheFolds()
    {
        var folds = CrossValidator.AssignFolds(fixture.Set, 5, 1);

        foreach (var label in Enumerable.Range(0, fixture.Set.IntentLabels.Count))
        {
            var counts = Enumerable.Range(0, 5).Select(k => fixture.Set.Items.Where((item, i) => item.Intent == label && folds[i] == k).Count()).ToList();
            Assert.True(counts.Max() - counts.Min() <= 1, $"{fixture.Set.IntentLabels[label]}: {string.Join(",", counts)}");
        }
    }

    // Cross-validation on the project's data (3 folds to keep the suite short; `eval` runs 5).
    [Fact]
    public void CrossValidated_RecallAndIntentAccuracy_StayAboveTheirFloors()
    {
        var report = new UnderstandingEvaluation(new TrainerOptions(), new UnderstandingOptions(), folds: 3).CrossValidate(fixture.Set, rules: null);
        var risks = Assert.Single(report.Risks);
        var intents = Assert.Single(report.Intents);

        Assert.True(risks.RecallOf(RiskLabels.ImmediateDanger) >= 0.94, report.Format());
        // Model alone, 3 folds: 86.3 % after the hard negatives of 2026-11-28 (false alarms on blind conversations fell),
        // 85.9 % after that day's 1,238 fresh lines; the bot's rules + model find more. A floor against regressions, not
        // the target (issue 12 asks 100 %).
        Assert.True(risks.RecallOf(RiskLabels.SelfHarm) >= 0.85, report.Format());
        Assert.True(risks.RecallOf(RiskLabels.AbuseDisclosure) >= 0.87, report.Format());
        Assert.True(risks.RecallOf(RiskLabels.Sextortion) >= 0.92, report.Format());
        // 150 intents since the knowledge base's 80 questions joined the model (73.8 % measured then; 78.9 % over 70 before);
        // 70.5 % over 158 after 2026-11-28's fresh, harder lines (short acknowledgements, banter, context-bound follow-ups),
        // while fallbacks on the conversation sets fell; 69.8 % over 165 after the fourth batch (614 lines in parents' and
        // limited-English registers), which took blind-7's fallbacks from 8.1 % to 3.0 %: harder held-out folds, not a
        // worse model. A floor against regressions.
        Assert.True(intents.Accuracy >= 0.68, report.Format());
    }
}
