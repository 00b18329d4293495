using System.Globalization;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs.Testing;

/// <summary>
/// An in-memory adapter for tests: turns run through the middleware, and replies are queued instead of sent.
/// </summary>
public sealed class TestAdapter : BotAdapter
{
    private readonly Queue<Activity> _replies = new();
    private readonly Lock _lock = new();
    private int _nextId;

    /// <summary>Creates an adapter for a channel and conversation type.</summary>
    /// <param name="channelId">The channel incoming activities come from, e.g. <see cref="Channels.Test"/> or <see cref="Channels.MsTeams"/>.</param>
    /// <param name="conversationType">The conversation type (<c>personal</c>, <c>groupChat</c>, <c>channel</c>), or null.</param>
    /// <param name="conversationId">The conversation id; each client should use its own.</param>
    public TestAdapter(string channelId = Channels.Test, string? conversationType = null, string conversationId = "conversation-1")
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        Conversation = new ConversationAccount(conversationId)
        {
            ConversationType = conversationType,
            IsGroup = conversationType is "groupChat" or "channel" ? true : null,
        };
        ChannelId = channelId;
    }

    /// <summary>The channel of incoming activities.</summary>
    public string ChannelId { get; }

    /// <summary>The conversation of incoming activities.</summary>
    public ConversationAccount Conversation { get; }

    /// <summary>The user who sends activities.</summary>
    public ChannelAccount User { get; init; } = new("user-1", "User") { Role = "user" };

    /// <summary>The bot.</summary>
    public ChannelAccount Bot { get; init; } = new("bot-1", "Bot") { Role = "bot" };

    /// <summary>The locale of incoming activities.</summary>
    public string Locale { get; init; } = "en-GB";

    /// <summary>The number of replies not yet taken.</summary>
    public int ReplyCount
    {
        get
        {
            lock (_lock)
            {
                return _replies.Count;
            }
        }
    }

    /// <summary>A message from the user, addressed like a real channel's.</summary>
    public Activity MakeActivity(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture),
        ChannelId = ChannelId,
        ServiceUrl = "https://test.invalid/",
        From = User,
        Recipient = Bot,
        Conversation = Conversation,
        Locale = Locale,
        Text = text,
        Timestamp = DateTimeOffset.UnixEpoch,
    };

    /// <summary>Runs one turn for <paramref name="activity"/>.</summary>
    public Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        return RunPipelineAsync(new TurnContext(this, activity), callback, cancellationToken);
    }

    /// <summary>Takes the oldest reply not yet taken, or null.</summary>
    public Activity? GetNextReply()
    {
        lock (_lock)
        {
            return _replies.TryDequeue(out var reply) ? reply : null;
        }
    }

    /// <inheritdoc />
    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Count];
        lock (_lock)
        {
            for (var i = 0; i < activities.Count; i++)
            {
                var id = "reply-" + Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
                _replies.Enqueue(activities[i] with { Id = activities[i].Id ?? id });
                responses[i] = new ResourceResponse(id);
            }
        }

        return Task.FromResult(responses);
    }
}
