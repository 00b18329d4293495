using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// Holds a turn's dialog replies until its state is saved, so a turn retried after an ETag conflict sends each
/// reply once. Anything sent while not holding (alerts, apologies) goes straight out.
/// </summary>
internal sealed class ReplyBuffer
{
    private readonly List<Activity> _held = [];
    private bool _holding;

    public ReplyBuffer(ITurnContext turnContext) => turnContext.OnSendActivities(HoldOrSendAsync);

    public void Hold()
    {
        _held.Clear();
        _holding = true;
    }

    public void Discard()
    {
        _held.Clear();
        _holding = false;
    }

    public async Task FlushAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        _holding = false;
        if (_held.Count > 0)
        {
            var held = _held.ToList();
            _held.Clear();
            await turnContext.SendActivitiesAsync(held, cancellationToken);
        }
    }

    private Task<ResourceResponse[]> HoldOrSendAsync(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next)
    {
        if (!_holding)
        {
            return next();
        }

        _held.AddRange(activities);
        return Task.FromResult(activities.Select(_ => new ResourceResponse(null)).ToArray());
    }
}
