using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Connector;

/// <summary>Sees (and may change) the activities a turn sends before they are delivered.</summary>
/// <param name="turnContext">The turn.</param>
/// <param name="activities">The activities about to be sent.</param>
/// <param name="next">Delivers the activities.</param>
public delegate Task<ResourceResponse[]> SendActivitiesHandler(
    ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next);
