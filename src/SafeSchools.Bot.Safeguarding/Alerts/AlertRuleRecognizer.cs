using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>
/// The high-precision rule layer for risks: the patterns of <c>dialogs/alerts.yaml</c> as a recognizer. A certain rule
/// makes the risk certain; an uncertain rule makes it possible (ask first). The rule that matched is the evidence.
/// </summary>
public sealed class AlertRuleRecognizer(AlertDetector detector) : Recognizer
{
    /// <inheritdoc />
    public override RecognizerResult Recognize(string? text)
    {
        return new RecognizerResult
        {
            Text = text ?? string.Empty,
            Risks = [.. detector.Detect(text).Matches.Select(m => new RiskScore(
                m.Category,
                m.Certainty == AlertCertainty.Certain ? 1.0 : 0.5,
                m.Certainty == AlertCertainty.Certain ? RiskLevel.Certain : RiskLevel.Possible,
                RecognitionSource.Rule,
                m.Rule is { } rule ? [rule.ToString()] : null))],
        };
    }
}
