using System.Threading.Channels;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.DirectLine;

/// <summary>
/// One Direct Line conversation: its transcript (the watermark is an index into it) and the WebSocket
/// streams listening for new activities. Turns of one conversation run one at a time.
/// </summary>
internal sealed class DirectLineConversation(string id, string userId, int maxActivities)
{
    private readonly List<Activity> _activities = [];
    private readonly List<Channel<int>> _listeners = [];
    private readonly Lock _gate = new();

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    public SemaphoreSlim TurnLock { get; } = new(1, 1);

    public DateTimeOffset LastActive { get; private set; }

    public bool Started { get; set; }

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

            var id = $"{Id}|{_activities.Count:D7}";
            _activities.Add(activity with { Id = id, Timestamp = now });
            LastActive = now;
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(_activities.Count);
            }

            return id;
        }
    }

    /// <summary>Activities after <paramref name="watermark"/>, and the new watermark.</summary>
    public (IReadOnlyList<Activity> Activities, int Watermark) ReadFrom(int watermark)
    {
        lock (_gate)
        {
            var start = Math.Clamp(watermark, 0, _activities.Count);
            return (_activities.GetRange(start, _activities.Count - start), _activities.Count);
        }
    }

    public void Touch(DateTimeOffset now) => LastActive = now;

    public ChannelReader<int> Listen()
    {
        var channel = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _listeners.Add(channel);
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
