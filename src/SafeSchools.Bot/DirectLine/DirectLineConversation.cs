using System.Text.Json;
using System.Threading.Channels;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.DirectLine;

/// <summary>
/// One Direct Line conversation: its transcript (the watermark is an index into it) and the WebSocket
/// streams listening for new activities. Turns of one conversation run one at a time.
/// </summary>
/// <remarks>
/// <para>
/// The transcript is bounded by a number of activities and of bytes (each activity as JSON). A user's activity is let in
/// (<see cref="TryAppendFromUser"/>) only while there is room for it and for its turn's replies
/// (<see cref="TurnReserveActivities"/>, <see cref="TurnReserveBytes"/>), so the bot's replies (<see cref="Append"/>) are
/// never refused: a full conversation refuses the message before its turn runs, not the reply after it.
/// </para>
/// <para>
/// After "forget me" the transcript is cut down to that turn's replies (the "forgotten" message) so the user still sees
/// it; the conversation is then removed from the store at the first read (poll or stream) or by the sweeper.
/// Watermarks and ids keep counting from the start, so a client's watermark stays valid after the cut.
/// </para>
/// <para>
/// A conversation another instance started (and stopped serving) is taken over from its token (see
/// <see cref="DirectLineConversationStore.AdoptAsync"/>): its transcript here starts empty, counting from
/// <paramref name="firstWatermark"/>, a watermark above any the client has seen, so its next poll or stream gets what
/// comes next.
/// </para>
/// </remarks>
internal sealed class DirectLineConversation(string id, string userId, int maxActivities, int maxBytes, long firstWatermark = 0)
{
    // Enough for a retry behind a few typing activities; a client retries a post within seconds.
    private const int RememberedClientActivities = 16;

    /// <summary>The activities kept free for the replies of the turn a user's activity starts (a turn sends 2-4 today).</summary>
    public const int TurnReserveActivities = 10;

    /// <summary>The bytes kept free for the replies of the turn a user's activity starts (a turn's replies are 1-3 KB today).</summary>
    public const int TurnReserveBytes = 16 * 1024;

    private readonly List<Entry> _activities = [];
    private readonly List<Channel<long>> _listeners = [];
    private readonly List<(string ClientId, string Id)> _clientActivities = [];
    private readonly Lock _gate = new();
    private long _dropped = firstWatermark;
    private long _bytes;

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
    public long End
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

    /// <summary>The size of the transcript: its activities as JSON, in bytes.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    /// <summary>
    /// Adds the user's activity with a new id when the transcript has room for it and for its turn's replies; returns
    /// that id, or null when the conversation is full (nothing is added).
    /// </summary>
    public string? TryAppendFromUser(Activity activity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_gate)
        {
            var entry = Stamp(activity, now);
            var full = _activities.Count + 1 + TurnReserveActivities > maxActivities
                || _bytes + entry.Bytes + TurnReserveBytes > maxBytes;
            return full ? null : Add(entry, now);
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

    /// <summary>Adds a reply (or the welcome) with a new id; returns that id. Never refused: room was kept for it.</summary>
    public string Append(Activity activity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_gate)
        {
            return Add(Stamp(activity, now), now);
        }
    }

    private Entry Stamp(Activity activity, DateTimeOffset now)
    {
        var stamped = activity with { Id = $"{Id}|{_dropped + _activities.Count:D7}", Timestamp = now };
        return new Entry(stamped, JsonSerializer.SerializeToUtf8Bytes(stamped, BotJson.Options).Length);
    }

    private string Add(Entry entry, DateTimeOffset now)
    {
        _activities.Add(entry);
        _bytes += entry.Bytes;
        LastActive = now;
        foreach (var listener in _listeners)
        {
            listener.Writer.TryWrite(_dropped + _activities.Count);
        }

        return entry.Activity.Id!;
    }

    /// <summary>Activities after <paramref name="watermark"/>, and the new watermark.</summary>
    public (IReadOnlyList<Activity> Activities, long Watermark) ReadFrom(long watermark)
    {
        lock (_gate)
        {
            FinalReplyRead |= ForgottenAt is not null;
            var start = (int)Math.Clamp(watermark - _dropped, 0, _activities.Count);
            return (_activities.GetRange(start, _activities.Count - start).ConvertAll(e => e.Activity), _dropped + _activities.Count);
        }
    }

    /// <summary>
    /// Drops every activity before <paramref name="keepFrom"/> (a watermark: the history, and the user's "forget me"),
    /// keeping only what came after (the bot's reply), and ends the open streams once they have sent that reply.
    /// </summary>
    public void Forget(long keepFrom, DateTimeOffset now)
    {
        lock (_gate)
        {
            var drop = (int)Math.Clamp(keepFrom - _dropped, 0, _activities.Count);
            _bytes -= _activities.Take(drop).Sum(e => (long)e.Bytes);
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

    public ChannelReader<long> Listen()
    {
        var channel = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
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

    public void StopListening(ChannelReader<long> reader)
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
            _bytes = 0;
        }
    }

    private readonly record struct Entry(Activity Activity, int Bytes);
}
