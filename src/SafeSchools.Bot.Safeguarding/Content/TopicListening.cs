using System.Collections.Immutable;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>
/// What the bot says, inside a topic, to something it could not place: the few things that matter most about that
/// topic, for the person it is talking to, instead of "say it another way" (from <c>listening:</c> in
/// <c>dialogs/answers.yaml</c>).
/// </summary>
/// <param name="Topic">A name for officers, e.g. <c>parent-grooming</c>.</param>
/// <param name="Where">
/// Where the person is when it applies: <c>flow</c>, <c>flow/step</c> (a step whose id starts with <c>step</c>) or
/// <c>alert:category</c> (just after that alert).
/// </param>
/// <param name="Answer">The words, for a young person and for a parent, and the services shown with them.</param>
public sealed record TopicListening(string Topic, ImmutableArray<string> Where, Answer Answer)
{
    /// <summary>Whether it applies in <paramref name="flow"/> at <paramref name="step"/>.</summary>
    public bool AppliesIn(string flow, string? step) => Where.Any(where =>
        where.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0
            ? string.Equals(where[..slash], flow, StringComparison.Ordinal) && step is not null && step.StartsWith(where[(slash + 1)..], StringComparison.Ordinal)
            : string.Equals(where, flow, StringComparison.Ordinal));

    /// <summary>Whether it applies just after an alert of <paramref name="category"/>.</summary>
    public bool AppliesAfter(string category) => Where.Contains(AlertPrefix + category, StringComparer.Ordinal);

    /// <summary>How a <see cref="Where"/> entry names an alert category.</summary>
    public const string AlertPrefix = "alert:";
}
