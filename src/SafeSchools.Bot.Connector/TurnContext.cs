using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Connector;

/// <summary>The default <see cref="ITurnContext"/>.</summary>
public sealed class TurnContext : ITurnContext
{
    private readonly List<SendActivitiesHandler> _onSendActivities = [];

    /// <summary>Creates a turn for <paramref name="activity"/> run by <paramref name="adapter"/>.</summary>
    public TurnContext(BotAdapter adapter, Activity activity)
    {
        Adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
    }

    /// <inheritdoc />
    public BotAdapter Adapter { get; }

    /// <inheritdoc />
    public Activity Activity { get; }

    /// <inheritdoc />
    public bool Responded { get; private set; }

    /// <inheritdoc />
    public TurnStateCollection TurnState { get; } = new();

    /// <summary>Replies held back for an <c>expectReplies</c> request instead of being posted.</summary>
    public IReadOnlyList<Activity> BufferedReplyActivities => _buffered;

    private readonly List<Activity> _buffered = [];

    /// <summary>Whether replies are returned in the HTTP response rather than posted to the channel.</summary>
    public bool ExpectsReplies => Activity.DeliveryMode == DeliveryModes.ExpectReplies;

    /// <inheritdoc />
    public Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text, InputHint = InputHints.AcceptingInput }, cancellationToken);

    /// <inheritdoc />
    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken);
        return responses.Length > 0 ? responses[0] : new ResourceResponse(null);
    }

    /// <inheritdoc />
    public Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var addressed = activities.Select(Activity.ApplyConversationReference).ToList();
        return RunSendHandlersAsync(addressed, 0, cancellationToken);
    }

    /// <inheritdoc />
    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _onSendActivities.Add(handler);
        return this;
    }

    private Task<ResourceResponse[]> RunSendHandlersAsync(List<Activity> activities, int index, CancellationToken cancellationToken)
    {
        if (index < _onSendActivities.Count)
        {
            return _onSendActivities[index](this, activities, () => RunSendHandlersAsync(activities, index + 1, cancellationToken));
        }

        return DeliverAsync(activities, cancellationToken);
    }

    private async Task<ResourceResponse[]> DeliverAsync(List<Activity> activities, CancellationToken cancellationToken)
    {
        var deliverable = activities.Where(IsDeliverable).ToList();
        if (deliverable.Any(a => a.Type == ActivityTypes.Message))
        {
            Responded = true;
        }

        if (ExpectsReplies)
        {
            _buffered.AddRange(deliverable);
            return deliverable.Select(_ => new ResourceResponse(null)).ToArray();
        }

        return deliverable.Count == 0 ? [] : await Adapter.SendActivitiesAsync(this, deliverable, cancellationToken);
    }

    // Trace activities are diagnostics for the Emulator's inspector; no other channel should see them.
    private bool IsDeliverable(Activity activity) =>
        activity.Type != ActivityTypes.Trace || Channels.ShowsTraces(Activity.ChannelId);
}
