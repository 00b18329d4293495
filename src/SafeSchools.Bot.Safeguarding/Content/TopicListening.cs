using System.Collections.Immutable;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>
/// What the bot says, inside a topic, to something it could not place: the few things that matter most about that
/// topic, for the person it is talking to, instead of "say it another way" (from <c>listening:</c> in
/// <c>dialogs/answers.yaml</c>).
/// </summary>
/// <param name="topic">A name for officers, e.g. <c>parent-grooming</c>.</param>
/// <param name="where">
/// Where the person is when it applies: <c>flow</c>, <c>flow/step</c> (a step whose id starts with <c>step</c>) or
/// <c>alert:category</c> (just after that alert).
/// </param>
/// <param name="answer">The words, for a young person and for a parent, and the services shown with them.</param>
public sealed class TopicListening(string topic, ImmutableArray<string> where, Answer answer)
{
    /// <summary>A name for officers, e.g. <c>parent-grooming</c>.</summary>
    public string Topic { get; } = topic;

    /// <summary>Where the person is when it applies: <c>flow</c>, <c>flow/step</c> or <c>alert:category</c>.</summary>
    public ImmutableArray<string> Where { get; } = where;

    /// <summary>The words, for a young person and for a parent, and the services shown with them.</summary>
    public Answer Answer { get; } = answer;

    /// <summary>The flows its <see cref="Where"/> names (alerts aside).</summary>
    public IEnumerable<string> Flows => _flowPlaces.Select(place => place.Flow).Distinct(StringComparer.Ordinal);

    /// <summary>Whether it applies in <paramref name="flow"/> at <paramref name="step"/>.</summary>
    public bool AppliesIn(string flow, string? step) => _flowPlaces.Any(place =>
        string.Equals(place.Flow, flow, StringComparison.Ordinal)
        && (place.StepPrefix is null || (step is not null && step.StartsWith(place.StepPrefix, StringComparison.Ordinal))));

    /// <summary>Whether it applies just after an alert of <paramref name="category"/>.</summary>
    public bool AppliesAfter(string category) => Where.Contains(AlertPrefix + category, StringComparer.Ordinal);

    /// <summary>Whether it is a topic of risk: it applies after some alert.</summary>
    public bool IsAfterAnAlert => Where.Any(place => place.StartsWith(AlertPrefix, StringComparison.Ordinal));

    // Each "flow" or "flow/step" entry of Where, split once when the content is loaded (it is matched on every turn).
    private readonly (string Flow, string? StepPrefix)[] _flowPlaces = [.. where
        .Where(where => !where.StartsWith(AlertPrefix, StringComparison.Ordinal))
        .Select(where => where.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? (where[..slash], where[(slash + 1)..]) : (where, (string?)null))];

    /// <summary>How a <see cref="Where"/> entry names an alert category.</summary>
    public const string AlertPrefix = "alert:";
}
