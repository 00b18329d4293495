namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>One category from <c>alerts.yaml</c>: what to say and the patterns that raise it.</summary>
/// <param name="Id">The category id, e.g. <c>self-harm</c>.</param>
/// <param name="Reply">The markdown reply shown before anything else on a certain match.</param>
/// <param name="Clarify">The short question asked on an uncertain match, e.g. "Are you in danger right now?".</param>
/// <param name="Rules">The patterns, in file order.</param>
/// <param name="ClarifyParent">The same question worded for a parent or carer ("Is your child..."); null to ask <paramref name="Clarify"/>.</param>
/// <param name="ReplyParent">The reply worded for a parent or carer telling of their child; null to show <paramref name="Reply"/>.</param>
public sealed record AlertCategoryDefinition(
    string Id, string Reply, string Clarify, IReadOnlyList<AlertRule> Rules, string? ClarifyParent = null, string? ReplyParent = null)
{
    /// <summary>The line of <c>alerts.yaml</c> where <see cref="Reply"/> is written; 0 when not known.</summary>
    public int ReplyLine { get; init; }

    /// <summary>The line of <c>alerts.yaml</c> where <see cref="Clarify"/> is written; 0 when not known.</summary>
    public int ClarifyLine { get; init; }

    /// <summary>The line of <c>alerts.yaml</c> where <see cref="ClarifyParent"/> is written; 0 when not known.</summary>
    public int ClarifyParentLine { get; init; }

    /// <summary>The line of <c>alerts.yaml</c> where <see cref="ReplyParent"/> is written; 0 when not known.</summary>
    public int ReplyParentLine { get; init; }

    /// <summary>The reply for the person telling: a parent hears about their child, not "you matter".</summary>
    public string ReplyFor(bool parent) => parent && ReplyParent is not null ? ReplyParent : Reply;

    /// <summary>The clarifying question for the person asking.</summary>
    public string ClarifyFor(bool parent) => parent && ClarifyParent is not null ? ClarifyParent : Clarify;
}
