namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>The alert categories, highest priority first.</summary>
public static class AlertCategories
{
    /// <summary>Someone is in danger now: 999 comes first.</summary>
    public const string ImmediateDanger = "immediate-danger";

    /// <summary>Thoughts of suicide or self-harm.</summary>
    public const string SelfHarm = "self-harm";

    /// <summary>A disclosure of abuse, by the young person or by a parent about their child.</summary>
    public const string AbuseDisclosure = "abuse-disclosure";

    /// <summary>Threats to share sexual images unless the young person pays or sends more.</summary>
    public const string Sextortion = "sextortion";

    /// <summary>The label for "no alert" in evaluation files.</summary>
    public const string None = "none";

    /// <summary>All categories in priority order: immediate-danger, self-harm, abuse-disclosure, sextortion.</summary>
    public static IReadOnlyList<string> InPriorityOrder { get; } = [ImmediateDanger, SelfHarm, AbuseDisclosure, Sextortion];
}
