using System.Globalization;
using System.Text;

namespace SafeSchools.Bot.Understanding.Evaluation;

/// <summary>What cross-validation found, per layer (rules, model, both), and the thresholds it advises.</summary>
/// <param name="Folds">How many folds.</param>
/// <param name="Risks">Risk recall and false alarms on hard negatives, per layer.</param>
/// <param name="Intents">Intent precision, recall and F1, per layer.</param>
/// <param name="AdvisedThresholds">Per risk, the levels the out-of-fold scores support.</param>
/// <param name="ModelFalseAlarms">The model's false alarms at a range of recalls, whatever the thresholds.</param>
public sealed record CrossValidationReport(
    int Folds,
    IReadOnlyList<RiskEvaluationResult> Risks,
    IReadOnlyList<IntentEvaluationResult> Intents,
    IReadOnlyDictionary<string, RiskThreshold> AdvisedThresholds,
    FalseAlarmCurve ModelFalseAlarms)
{
    /// <summary>The report as text.</summary>
    public string Format()
    {
        var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"Stratified {Folds}-fold cross-validation on dialogs/understanding");
        text.AppendLine("Risks (found = act or ask; false alarms on the hard negatives of risk.lu):");
        foreach (var risk in Risks)
        {
            text.Append(risk.Format());
        }

        text.AppendLine("Model alone, whatever the thresholds (each risk's possible level set to find the share of its examples):").Append(ModelFalseAlarms.Format());
        text.AppendLine("Advised thresholds (possible keeps recall, certain reaches precision):").Append(ThresholdAdvice.Format(AdvisedThresholds));
        foreach (var intents in Intents)
        {
            text.Append("Intents, ").Append(intents.Format());
        }

        return text.ToString();
    }
}
