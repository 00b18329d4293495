namespace SafeSchools.Bot.Understanding;

/// <summary>The risks every message is checked for, as named in <c>dialogs/understanding/risk.lu</c>.</summary>
public static class RiskLabels
{
    /// <summary>Someone is in danger now or very soon.</summary>
    public const string ImmediateDanger = "immediate-danger";

    /// <summary>Self-harm or suicidal thoughts.</summary>
    public const string SelfHarm = "self-harm";

    /// <summary>A child telling of abuse or neglect.</summary>
    public const string AbuseDisclosure = "abuse-disclosure";

    /// <summary>Threats to share an intimate image unless paid or sent more.</summary>
    public const string Sextortion = "sextortion";

    /// <summary>The heading of hard negatives in <c>risk.lu</c>: lines that must raise no risk.</summary>
    public const string None = "none";

    /// <summary>The risks, in the model's output order.</summary>
    public static IReadOnlyList<string> All { get; } = [ImmediateDanger, SelfHarm, AbuseDisclosure, Sextortion];

    /// <summary>
    /// Topics whose examples often carry a risk, so they teach that risk neither way (they are not "safe" lines):
    /// a sextortion topic line is usually a sextortion risk, a grooming line may be an abuse disclosure, and an answer to
    /// a safety follow-up ("i already paid", "hes still here") carries the risk it follows up.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> TopicsNotUsedAsNegatives { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [ImmediateDanger] = ["exploitation", "worried-about-a-friend", "parent-missing-from-home", "parent-county-lines-drugs", "followup-not-safe", "followup-cant-speak", "followup-hurt-now", "followup-help-coming", "question-what-to-say-999"],
        [SelfHarm] = ["worried-about-a-friend", "parent-self-harm", "followup-hurt-now", "followup-not-hurt-badly", "followup-help-coming", "followup-promised-secret"],
        [AbuseDisclosure] = ["grooming", "parent-grooming", "worried-about-a-friend", "exploitation", "followup-not-safe", "question-my-fault", "question-worried-about-telling", "question-what-happens-if-report", "question-overreacting", "question-evidence", "followup-promised-secret"],
        [Sextortion] = ["sextortion", "image-already-shared", "parent-images", "worried-about-a-friend", "followup-already-paid", "followup-want-more", "question-take-down", "question-evidence"],
    };

    /// <summary>
    /// Acts that can hide a plan, so being sure of them never lets a possible risk go: "ill do it tonight" (will-do).
    /// </summary>
    public static IReadOnlyList<string> ActsThatMayHideRisk { get; } = ["will-do"];

    /// <summary>Whether a message that is surely <paramref name="intent"/> is thereby not <paramref name="risk"/>.</summary>
    public static bool IntentRulesOut(string intent, string risk) =>
        !ActsThatMayHideRisk.Contains(intent)
        && !(TopicsNotUsedAsNegatives.TryGetValue(risk, out var carriers) && carriers.Contains(intent));
}
