using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Connector.Tests;

/// <summary>An adapter that records what a turn delivers.</summary>
internal sealed class RecordingAdapter : BotAdapter
{
    public List<Activity> Sent { get; } = [];

    public Task RunAsync(Activity activity, BotCallbackHandler callback) =>
        RunPipelineAsync(new TurnContext(this, activity), callback, CancellationToken.None);

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        Sent.AddRange(activities);
        return Task.FromResult(activities.Select(_ => new ResourceResponse("id")).ToArray());
    }
}
