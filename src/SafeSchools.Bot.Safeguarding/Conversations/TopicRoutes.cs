using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// Which flow each recognised topic leads to. Topics without a journey of their own yet go to the nearest one: the
/// images flow covers being asked, images already shared, sextortion and grooming (CEOP, Report Remove, Childline);
/// every parents' topic opens the parents' flow.
/// </summary>
public sealed class TopicRoutes(double threshold)
{
    private static readonly Dictionary<string, string> Flows = new(StringComparer.Ordinal)
    {
        ["bullying"] = FlowIds.Bullying,
        ["image-request"] = FlowIds.ImageRequest,
        ["image-already-shared"] = FlowIds.ImageRequest,
        ["sextortion"] = FlowIds.ImageRequest,
        ["grooming"] = FlowIds.ImageRequest,
    };

    /// <summary>The flow of a topic mentioned mid-conversation, or null when no topic is clear.</summary>
    public string? TopicOf(RecognizerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var intent = result.TopIntent(threshold);
        return Flows.TryGetValue(intent, out var flow) ? flow
            : intent.StartsWith(IntentNames.ParentPrefix, StringComparison.Ordinal) ? FlowIds.WorriedParent
            : null;
    }

    /// <summary>Where a first message goes: a topic's flow, or the parents' flow for "I'm a parent".</summary>
    public RoutedIntent Route(RecognizerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (TopicOf(result) is { } flow)
        {
            return new RoutedIntent(flow, true);
        }

        return result.TopIntent(threshold) == IntentNames.IAmParent ? new RoutedIntent(FlowIds.WorriedParent, true) : new RoutedIntent(null, false);
    }
}
