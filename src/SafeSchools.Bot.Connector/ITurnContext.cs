using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Connector;

/// <summary>Everything about one turn: the incoming activity, a way to reply, and per-turn state.</summary>
public interface ITurnContext
{
    /// <summary>The adapter that runs this turn.</summary>
    BotAdapter Adapter { get; }

    /// <summary>The incoming activity.</summary>
    Activity Activity { get; }

    /// <summary>Whether a message has been sent this turn.</summary>
    bool Responded { get; }

    /// <summary>Services and values that live for this turn only.</summary>
    TurnStateCollection TurnState { get; }

    /// <summary>Sends a message with the given text as a reply.</summary>
    Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken = default);

    /// <summary>Sends an activity as a reply; addressing fields are filled from the incoming activity.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Sends activities in order.</summary>
    Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);

    /// <summary>Adds a handler that runs whenever this turn sends activities.</summary>
    ITurnContext OnSendActivities(SendActivitiesHandler handler);
}
