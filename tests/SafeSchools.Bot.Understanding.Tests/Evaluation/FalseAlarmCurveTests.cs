using SafeSchools.Bot.Understanding.Evaluation;
using SafeSchools.Bot.Understanding.Model;
using SafeSchools.Bot.Understanding.Training;

namespace SafeSchools.Bot.Understanding.Tests.Evaluation;

public sealed class FalseAlarmCurveTests
{
    private static readonly RiskTarget[] Danger = [RiskTarget.Positive];
    private static readonly RiskTarget[] Nothing = [RiskTarget.Negative];

    [Fact]
    public void From_FindingMoreExamples_RaisesTheNegativesScoredAboveTheLowerThreshold()
    {
        // Four examples scored 0.9, 0.8, 0.6, 0.2; four hard negatives 0.7, 0.5, 0.3, 0.1; one greeting (not a hard negative) 0.95.
        var items = new List<TrainingItem>();
        var scores = new List<ModelScores>();
        foreach (var score in new[] { 0.9f, 0.8f, 0.6f, 0.2f })
        {
            items.Add(new TrainingItem("example", -1, Danger));
            scores.Add(new ModelScores([score], []));
        }

        foreach (var score in new[] { 0.7f, 0.5f, 0.3f, 0.1f })
        {
            items.Add(new TrainingItem("everyday", -1, Nothing));
            scores.Add(new ModelScores([score], []));
        }

        items.Add(new TrainingItem("hello", 0, Nothing));
        scores.Add(new ModelScores([0.95f], []));
        var set = new TrainingSet([RiskLabels.ImmediateDanger], ["greeting"], items);

        var curve = FalseAlarmCurve.From(set, scores, [0.5, 0.75, 1.0]);

        Assert.Equal(4, curve.Negatives);
        Assert.Equal([(0.5, 0), (0.75, 1), (1.0, 3)], curve.Points);
        Assert.Contains("75%: 1/4 (25.0%)", curve.Format().Replace(" %", "%", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
