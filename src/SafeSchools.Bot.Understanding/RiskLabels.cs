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
        [SelfHarm] = ["worried-about-a-friend", "parent-self-harm", "followup-hurt-now", "followup-not-hurt-badly", "followup-help-coming", "followup-promised-secret", "friend-upset-after-telling"],
        [AbuseDisclosure] = ["grooming", "parent-grooming", "worried-about-a-friend", "exploitation", "followup-not-safe", "question-my-fault", "question-worried-about-telling", "question-what-happens-if-report", "question-overreacting", "question-evidence", "followup-promised-secret"],
        [Sextortion] = ["sextortion", "image-already-shared", "parent-images", "worried-about-a-friend", "followup-already-paid", "followup-want-more", "followup-not-paid", "question-take-down", "question-evidence"],
    };

    /// <summary>
    /// Intents that, when the model is sure of them, rule a merely possible risk out: small talk, everyday stress,
    /// asking for help or the menu, and questions about the bot or about a service. Deliberately not here: topics,
    /// who someone is ("im only 12" comes with disclosures), being safe now, "will-do" ("ill do it tonight"), worries
    /// ("is it my fault", "will you tell the police") and "dont-know" — each can come with a disclosure the intent
    /// model, trained without risk lines, does not see.
    /// </summary>
    public static IReadOnlyList<string> IntentsThatRuleOutRisk { get; } =
    [
        "greeting", "thanks", "goodbye", "yes", "no", "joking", "whatever", "everyday-stress", "good-news", "help", "menu", "stop",
        "question-real-person", "question-who-can-see", "question-confidential", "question-delete-chat", "question-is-scam",
        "question-talk-to-person",
    ];

    /// <summary>
    /// Of those, the ones that never rule a risk out. Self-harm: low mood often comes as stress, a shrug or a "no"
    /// ("everything is too much lately", "whatever, no one would notice"). Immediate danger: a cry for help ("help help
    /// help", "someone please help me") reads to the model as asking what the bot does.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> NotRulingOut { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [SelfHarm] = ["everyday-stress", "whatever", "no", "joking"],
        [ImmediateDanger] = ["help"],
    };

    /// <summary>Questions about what a service or term is ("what is CEOP"), and the knowledge base, rule risks out too.</summary>
    public static IReadOnlyList<string> PrefixesThatRuleOutRisk { get; } = ["question-what-is-", IntentNames.KnowledgePrefix];

    /// <summary>
    /// Whether an example of <paramref name="intent"/> teaches <paramref name="risk"/> as "not this". Not the topics that
    /// carry the risk, nor the knowledge base's questions: they are many and name every risk's words ("what are the
    /// signs of grooming"), and as negatives they would tip the risk models away from real disclosures.
    /// </summary>
    public static bool TeachesAsNegative(string intent, string risk) =>
        !intent.StartsWith(IntentNames.KnowledgePrefix, StringComparison.Ordinal) && !Carries(intent, risk);

    /// <summary>Whether a message that is surely <paramref name="intent"/> is thereby not <paramref name="risk"/>.</summary>
    public static bool IntentRulesOut(string intent, string risk) =>
        (IntentsThatRuleOutRisk.Contains(intent) || PrefixesThatRuleOutRisk.Any(p => intent.StartsWith(p, StringComparison.Ordinal)))
        && !(NotRulingOut.TryGetValue(risk, out var keeps) && keeps.Contains(intent))
        && !Carries(intent, risk);

    // Whether examples of the intent often come with the risk (see TopicsNotUsedAsNegatives).
    private static bool Carries(string intent, string risk) =>
        TopicsNotUsedAsNegatives.TryGetValue(risk, out var carriers) && carriers.Contains(intent);
}
