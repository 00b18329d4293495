using System.Buffers;
using System.Text.Json;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs;

/// <summary>
/// The replies of a conversation's last few turns, one property of its <see cref="ConversationState"/>: read with the
/// turn's one read and written with its one write. Entries older than <see cref="IdempotentTurnMiddleware.RememberFor"/>
/// are ignored and dropped at the next write; at most <see cref="IdempotentTurnMiddleware.MaxRememberedTurns"/> are kept.
/// </summary>
internal sealed class RememberedTurns(ConversationState conversationState, TimeProvider time)
{
    public const string PropertyName = "recentTurns";

    private readonly IStatePropertyAccessor<List<RememberedTurn>> _turns = conversationState.CreateProperty<List<RememberedTurn>>(PropertyName);

    /// <summary>The replies remembered for this turn's activity, or null when it has not been answered (lately).</summary>
    /// <remarks>
    /// Every turn asks, and almost every answer is no: the remembered ids are read on their own (the replies' JSON is
    /// skipped, not copied), and the replies only for a retry.
    /// </remarks>
    public async Task<IReadOnlyList<Activity>?> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var id = turnContext.Activity.Id;
        var state = await conversationState.LoadCachedAsync(turnContext, cancellationToken);
        if (!state.TryPeek<List<RememberedTurnId>>(PropertyName, out var remembered) || !remembered.Any(turn => turn.ActivityId == id && IsFresh(turn.At)))
        {
            return null;
        }

        var turns = await _turns.GetAsync(turnContext, cancellationToken);
        return turns?.LastOrDefault(turn => turn.ActivityId == id && IsFresh(turn.At)) is { } turn
            ? [.. (JsonSerializer.Deserialize<List<Activity>>(turn.Replies.Span, BotJson.Options) ?? []).Select(reply => Readdress(reply, turnContext.Activity))]
            : null;
    }

    /// <summary>Puts this turn's replies into the state, to be written by the turn's save.</summary>
    public async Task RememberAsync(ITurnContext turnContext, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        var id = turnContext.Activity.Id ?? throw new InvalidOperationException("Only an activity with an id can be remembered.");

        // Only earlier turns that will still be kept are read (none while one turn is remembered).
        var earlierKept = IdempotentTurnMiddleware.MaxRememberedTurns - 1;
        var earlier = earlierKept > 0 ? await _turns.GetAsync(turnContext, cancellationToken) ?? [] : [];
        var turns = earlier
            .Where(turn => turn.ActivityId != id && IsFresh(turn.At))
            .Append(new RememberedTurn(id, time.GetUtcNow(), SerializeReplies(replies)))
            .TakeLast(IdempotentTurnMiddleware.MaxRememberedTurns)
            .ToList();
        await _turns.SetAsync(turnContext, turns, cancellationToken);
    }

    // The JSON array JsonSerializer writes for the list with the wire options, each reply straight to the activity writer.
    private static byte[] SerializeReplies(IReadOnlyList<Activity> replies)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + (512 * replies.Count));
        using (var writer = new Utf8JsonWriter(buffer, BotJson.WriterOptions))
        {
            BotJson.WriteActivities(writer, replies);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// What is needed to send a reply again: its content, not its addresses, ids or times. Suggested actions keep no
    /// recipient: they were for the person who sent the activity, and are addressed to them again (<see cref="Readdress"/>).
    /// </summary>
    public static Activity Minimal(Activity reply) => reply with
    {
        SuggestedActions = reply.SuggestedActions is { } actions ? actions with { To = null } : null,
        Id = null,
        Timestamp = null,
        LocalTimestamp = null,
        LocalTimezone = null,
        ServiceUrl = null,
        ChannelId = null,
        From = null,
        Conversation = null,
        Recipient = null,
        ReplyToId = null,
        Locale = null,
        CallerId = null,
        DeliveryMode = null,
    };

    /// <summary>A remembered reply's suggested actions shown to the person whose activity is answered again.</summary>
    public static Activity Readdress(Activity reply, Activity incoming) =>
        reply.SuggestedActions is { } actions && incoming.From?.Id is { } userId
            ? reply with { SuggestedActions = actions with { To = [userId] } }
            : reply;

    private bool IsFresh(DateTimeOffset at) => time.GetUtcNow() - at < IdempotentTurnMiddleware.RememberFor;
}
