using System.Collections.Immutable;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>
/// The listening replies of <c>dialogs/answers.yaml</c>: per topic, what matters most, said when a message inside that
/// topic could not be placed; and the two leads that introduce it (to something told, to a question).
/// </summary>
/// <param name="ToldMore">Leads a listening reply to something the person told ("Thank you for telling me more.").</param>
/// <param name="Asked">Leads a listening reply to a question the bot has no answer for.</param>
/// <param name="Topics">The topics, in file order: the first that applies wins.</param>
public sealed record ListeningCatalog(ContentText? ToldMore, ContentText? Asked, ImmutableArray<TopicListening> Topics)
{
    /// <summary>
    /// Leads what matters most in the topic when the person says they will act on it ("ok ill tell her tonight", "blocking
    /// him now"), so the step they take comes with the rest of what to do; null to answer them as anywhere else.
    /// </summary>
    public ContentText? Agreed { get; init; }

    /// <summary>No listening replies: every miss falls back.</summary>
    public static ListeningCatalog Empty { get; } = new(null, null, []);

    /// <summary>The topic that applies in <paramref name="flow"/> at <paramref name="step"/>, or null.</summary>
    public TopicListening? At(string? flow, string? step) => flow is null ? null : Topics.FirstOrDefault(t => t.AppliesIn(flow, step));

    /// <summary>The topic that applies just after an alert of <paramref name="category"/>, or null.</summary>
    public TopicListening? After(string category) => Topics.FirstOrDefault(t => t.AppliesAfter(category));

    /// <summary>The topic named <paramref name="topic"/>, or null.</summary>
    public TopicListening? Find(string? topic) => topic is null ? null : Topics.FirstOrDefault(t => string.Equals(t.Topic, topic, StringComparison.Ordinal));
}
