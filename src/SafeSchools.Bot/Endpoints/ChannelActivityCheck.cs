using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Endpoints;

/// <summary>
/// What <c>/api/messages</c> needs of a channel's activity before a turn runs: the channel and conversation it belongs
/// to (an id <see cref="ConversationIdRule"/> accepts), and a service URL to post the replies to (unless they are
/// returned in the response, <c>expectReplies</c>).
/// </summary>
internal static class ChannelActivityCheck
{
    /// <summary>Why the activity cannot be run, or null when it can.</summary>
    public static string? Problem(Activity activity, int maxConversationIdLength)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "The activity has no channelId.";
        }

        if (ConversationIdRule.Problem(activity.Conversation?.Id, maxConversationIdLength) is { } idProblem)
        {
            return idProblem;
        }

        return activity.DeliveryMode == DeliveryModes.ExpectReplies || IsHttpUrl(activity.ServiceUrl)
            ? null
            : "The activity has no serviceUrl (an absolute http or https URL), so the bot's replies could not be delivered.";
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
}
