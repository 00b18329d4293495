using System.Threading.Channels;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.DirectLine;

/// <summary>
/// One Direct Line conversation: its transcript (the watermark is an index into it) and the WebSocket
/// streams listening for new activities. Turns of one conversation run one at a time.
/// </summary>
/// <remarks>
/// After "forget me" the transcript is cut down to that turn's replies (the "forgotten" message) so the user still sees
/// it; the conversation is then removed from the store at the first read (poll or stream) or by the sweeper.
/// Watermarks and ids keep counting from the start, so a client's watermark stays valid after the cut.
/// </remarks>
internal sealed class DirectLineConversation(string id, string userId, int maxActivities)
{
    // Enough for a retry behind a few typing activities; a client retries a post within seconds.
    private const int RememberedClientActivities = 16;

    private readonly List<Activity> _activities = [];
    private readonly List<Channel<int>> _listeners = [];
    private readonly List<(string ClientId, string Id)> _clientActivities = [];
    private readonly Lock _gate = new();
    private int _dropped;

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    public SemaphoreSlim TurnLock { get; } = new(1, 1);

    public DateTimeOffset LastActive { get; private set; }

    public bool Started { get; set; }

    /// <summary>When the user asked for this conversation to be forgotten; null while it is live.</summary>
    public DateTimeOffset? ForgottenAt { get; private set; }

    /// <summary>True once a poll or a stream has read the transcript after "forget me": the final reply is delivered.</summary>
    public bool FinalReplyRead { get; private set; }

    /// <summary>The watermark after the last activity: where the next activity will be.</summary>
    public int End
    {
        get
        {
            lock (_gate)
            {
                return _dropped + _activities.Count;
            }
        }
    }

    /// <summary>Who the page said is chatting: "parent", "young-person", or null when it did not say.</summary>
    public string? Audience { get; init; }

    /// <summary>Adds an activity with a new id; returns that id.</summary>
    public string Append(Activity activity, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_activities.Count >= maxActivities)
            {
                throw new InvalidOperationException("This conversation is too long; please start a new one.");
            }

            var id = $"{Id}|{_dropped + _activities.Count:D7}";
            _activities.Add(activity with { Id = id, Timestamp = now });
            LastActive = now;
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(_dropped + _activities.Count);
            }

            return id;
        }
    }

    /// <summary>Remembers that the activity the client posted as <paramref name="clientActivityId"/> was given <paramref name="activityId"/>.</summary>
    public void RememberClientActivity(string clientActivityId, string activityId)
    {
        lock (_gate)
        {
            _clientActivities.Add((clientActivityId, activityId));
            if (_clientActivities.Count > RememberedClientActivities)
            {
                _clientActivities.RemoveAt(0);
            }
        }
    }

    /// <summary>The id given to a recent post with this client activity id (a retried post), or null.</summary>
    public string? IdOfClientActivity(string clientActivityId)
    {
        lock (_gate)
        {
            foreach (var (client, activityId) in _clientActivities)
            {
                if (client == clientActivityId)
                {
                    return activityId;
                }
            }

            return null;
        }
    }

    /// <summary>Activities after <paramref name="watermark"/>, and the new watermark.</summary>
    public (IReadOnlyList<Activity> Activities, int Watermark) ReadFrom(int watermark)
    {
        lock (_gate)
        {
            FinalReplyRead |= ForgottenAt is not null;
            var start = Math.Clamp(watermark - _dropped, 0, _activities.Count);
            return (_activities.GetRange(start, _activities.Count - start), _dropped + _activities.Count);
        }
    }

    /// <summary>
    /// Drops every activity before <paramref name="keepFrom"/> (a watermark: the history, and the user's "forget me"),
    /// keeping only what came after (the bot's reply), and ends the open streams once they have sent that reply.
    /// </summary>
    public void Forget(int keepFrom, DateTimeOffset now)
    {
        lock (_gate)
        {
            var drop = Math.Clamp(keepFrom - _dropped, 0, _activities.Count);
            _activities.RemoveRange(0, drop);
            _activities.TrimExcess();
            _dropped += drop;
            ForgottenAt = now;
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(_dropped + _activities.Count);
                listener.Writer.TryComplete();
            }

            _listeners.Clear();
        }
    }

    public void Touch(DateTimeOffset now) => LastActive = now;

    public ChannelReader<int> Listen()
    {
        var channel = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            // A stream opened after "forget me" sends what is left (the reply) once, then ends.
            if (ForgottenAt is null)
            {
                _listeners.Add(channel);
            }
            else
            {
                channel.Writer.TryComplete();
            }
        }

        return channel.Reader;
    }

    public void StopListening(ChannelReader<int> reader)
    {
        lock (_gate)
        {
            _listeners.RemoveAll(c => c.Reader == reader);
        }
    }

    public void Close()
    {
        lock (_gate)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryComplete();
            }

            _listeners.Clear();
            _activities.Clear();
        }
    }
}
