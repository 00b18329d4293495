using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// Which flow each recognised topic leads to. Topics without a journey of their own yet go to the nearest one: the
/// images flow covers being asked, images already shared, sextortion and grooming (CEOP, Report Remove, Childline);
/// every parents' topic opens the parents' flow. A first message goes to a topic from <paramref name="threshold"/>; an
/// answer mid-flow leaves the flow only from <paramref name="switchThreshold"/>, so a short answer ("both", "no") that
/// merely resembles a topic never pulls the person away from the question they were answering.
/// </summary>
public sealed class TopicRoutes(double threshold, double switchThreshold = TopicRoutes.DefaultSwitchThreshold)
{
    /// <summary>How sure the model must be of a new topic to leave the current flow.</summary>
    public const double DefaultSwitchThreshold = 0.6;

    // County lines and gangs have no young person's journey yet; told about one's own child, they are the parents' topic.
    private const string Exploitation = "exploitation";

    private static readonly Dictionary<string, string> Flows = new(StringComparer.Ordinal)
    {
        ["bullying"] = FlowIds.Bullying,
        ["image-request"] = FlowIds.ImageRequest,
        ["image-already-shared"] = FlowIds.ImageRequest,
        ["sextortion"] = FlowIds.ImageRequest,
        ["grooming"] = FlowIds.ImageRequest,
    };

    /// <summary>Whether an intent is a topic with a journey (a young person's topic or any parents' topic).</summary>
    public static bool IsTopic(string intent) =>
        Flows.ContainsKey(intent) || intent.StartsWith(IntentNames.ParentPrefix, StringComparison.Ordinal);

    /// <summary>The flow of a topic mentioned mid-conversation, or null when no topic is clear.</summary>
    public string? TopicOf(RecognizerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return FlowOf(QuestionShape.AsAsked(result).TopIntent(switchThreshold));
    }

    // "someone is spreading lies about me on tiktok": bullying at 0.18 is below the threshold, but well ahead of anything
    // else (0.12): a first message that clearly leads towards one topic opens it, rather than "say it another way".
    // A topic's labels count together ("some kids made a page to mock me": bullying 0.18 and the parents' bullying 0.13,
    // against county lines at 0.15): the model splitting its belief between two names for one topic is not doubt.
    private static string? ClearLeadingTopic(RecognizerResult result)
    {
        var best = result.GetTopScoringIntent().Intent;
        if (FamilyOf(best) is not { } family)
        {
            return null;
        }

        var (together, runnerUp, topic, topicScore) = (0.0, 0.0, (string?)null, 0.0);
        foreach (var (intent, score) in result.Intents)
        {
            if (FamilyOf(intent) != family)
            {
                runnerUp = Math.Max(runnerUp, score.Score);
                continue;
            }

            together += score.Score;
            if ((IsTopic(intent) || intent == Exploitation) && score.Score > topicScore)
            {
                (topic, topicScore) = (intent, score.Score);
            }
        }

        return together >= LeadingTopicMinimum && together >= LeadingTopicRatio * runnerUp ? topic : null;
    }

    private const double LeadingTopicMinimum = 0.12;
    private const double LeadingTopicRatio = 1.4;

    /// <summary>
    /// A parent naming a young person's topic ("a man keeps messaging my son") is asking about their child: the parents'
    /// topic for each young person's topic that has one.
    /// </summary>
    internal static readonly Dictionary<string, string> ParentTopics = new(StringComparer.Ordinal)
    {
        ["bullying"] = "parent-bullying",
        ["image-request"] = "parent-images",
        ["image-already-shared"] = "parent-images",
        ["sextortion"] = "parent-images",
        ["grooming"] = "parent-grooming",
        [Exploitation] = "parent-county-lines-drugs",
    };

    // The topic a label belongs to, named by its young person's flow: the flow itself, the flow a parents' label is the
    // parents' side of, or the topic a follow-up continues ("they're still doing it" is bullying); the parents' flow for
    // their other worries; null for anything that is not a topic.
    private static string? FamilyOf(string intent) => Siblings.TryGetValue(intent, out var family) ? family : FlowOf(intent);

    // The labels whose topic is another's: a follow-up, and each parents' label with the young person's topic it is the
    // parents' side of (county lines has no young person's flow yet, so it names itself).
    private static readonly Dictionary<string, string> Siblings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bullying-continues"] = FlowIds.Bullying,
        [Exploitation] = Exploitation,
    }.Concat(ParentTopics.Select(pair => KeyValuePair.Create(pair.Value, FlowOf(pair.Key) ?? pair.Key)))
        .DistinctBy(pair => pair.Key)
        .ToDictionary(StringComparer.Ordinal);

    private static string? FlowOf(string intent) =>
        Flows.TryGetValue(intent, out var flow) ? flow
            : intent.StartsWith(IntentNames.ParentPrefix, StringComparison.Ordinal) ? FlowIds.WorriedParent
            : null;

    /// <summary>
    /// Where a first message goes: a topic's flow, or the parents' flow for "I'm a parent" and for any topic told about
    /// the writer's own child ("i'm concerned my teenager is involved in county lines").
    /// </summary>
    public RoutedIntent Route(RecognizerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var asked = QuestionShape.AsAsked(result);
        var top = asked.TopIntent(threshold) is var sure && sure != IntentNames.None ? sure : ClearLeadingTopic(asked) ?? sure;
        var flow = FlowOf(top);
        if ((flow is not null || top == Exploitation) && RecognizedAudience.SpeaksAsAParent(result.Text))
        {
            return new RoutedIntent(FlowIds.WorriedParent, true);
        }

        if (flow is not null)
        {
            return new RoutedIntent(flow, true);
        }

        return top == IntentNames.IAmParent ? new RoutedIntent(FlowIds.WorriedParent, true) : new RoutedIntent(null, false);
    }
}
