using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// Holds a turn's dialog replies until its state is saved, so a turn retried after an ETag conflict sends each
/// reply once. Anything sent while not holding (alerts, apologies) goes straight out. A held send is resumed where it
/// stopped, so the send handlers before this one (turn logging, the 999 line) see each reply once, not again on flush.
/// Held replies the turn discards are rolled back from its <see cref="TurnReplyLog"/> too, so only what is sent is
/// remembered.
/// </summary>
internal sealed class ReplyBuffer
{
    private readonly List<Func<Task<ResourceResponse[]>>> _held = [];
    private readonly TurnReplyLog? _log;
    private bool _holding;
    private int _logged;

    public ReplyBuffer(ITurnContext turnContext)
    {
        _log = TurnReplyLog.Of(turnContext);
        turnContext.OnSendActivities(HoldOrSendAsync);
    }

    public void Hold()
    {
        _held.Clear();
        _holding = true;
        _logged = _log?.Count ?? 0;
    }

    public void Discard()
    {
        if (_holding)
        {
            _log?.RollBackTo(_logged);
        }

        _held.Clear();
        _holding = false;
    }

    public async Task FlushAsync()
    {
        _holding = false;
        var held = _held.ToList();
        _held.Clear();
        foreach (var send in held)
        {
            await send();
        }
    }

    private Task<ResourceResponse[]> HoldOrSendAsync(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next)
    {
        if (!_holding)
        {
            return next();
        }

        _held.Add(next);
        return Task.FromResult(activities.Select(_ => new ResourceResponse(null)).ToArray());
    }
}
