using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.DirectLine;

/// <summary>
/// The Direct Line conversations this instance serves, in memory, at most <see cref="DirectLineOptions.MaxConversations"/>
/// of them; idle ones are forgotten. When it is full a new chat is refused; a live conversation is never evicted for it.
/// A conversation another instance started is taken over when its client comes here with a valid token
/// (<see cref="AdoptAsync"/>), so a web chat carries on when the instance it was on stops.
/// </summary>
internal sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time, IStorage storage)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>A new conversation, or null when the store already holds <see cref="DirectLineOptions.MaxConversations"/>.</summary>
    public DirectLineConversation? Create(string? audience = null)
    {
        if (!TryReserve())
        {
            return null;
        }

        var id = "dl-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var userId = "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var conversation = NewConversation(id, userId, audience);
        _conversations[id] = conversation;
        return conversation;
    }

    public DirectLineConversation? Find(string conversationId) =>
        _conversations.TryGetValue(conversationId, out var conversation) ? conversation : null;

    /// <summary>
    /// The conversation <paramref name="token"/> is for, taken over from the instance that started it when this one does
    /// not hold it: only while its state is still in the shared store (so a chat the user asked to forget, or one that
    /// expired, stays ended), and only when there is room. Its transcript here starts after
    /// <paramref name="clientWatermark"/> when the client said where it was, else after any watermark an instance can
    /// have given (a clock-based one). Null when it cannot be taken over.
    /// </summary>
    public async Task<DirectLineConversation?> AdoptAsync(DirectLineToken token, long? clientWatermark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (Find(token.ConversationId) is { } held)
        {
            return held;
        }

        var key = ConversationState.KeyFor(Channels.DirectLine, token.ConversationId);
        var state = await storage.ReadAsync([key], cancellationToken);
        if (!state.ContainsKey(key) || !TryReserve())
        {
            return null;
        }

        var first = clientWatermark ?? time.GetUtcNow().ToUnixTimeMilliseconds();
        var adopted = NewConversation(token.ConversationId, token.UserId, audience: null, first);
        adopted.Started = true;
        var kept = _conversations.GetOrAdd(token.ConversationId, adopted);
        if (!ReferenceEquals(kept, adopted))
        {
            // Another request took it over at the same moment.
            Interlocked.Decrement(ref _count);
        }

        return kept;
    }

    private DirectLineConversation NewConversation(string id, string userId, string? audience, long firstWatermark = 0)
    {
        var settings = options.Value;
        var conversation = new DirectLineConversation(id, userId, settings.MaxActivitiesPerConversation, settings.MaxTranscriptBytes, firstWatermark)
        {
            Audience = audience,
        };
        conversation.Touch(time.GetUtcNow());
        return conversation;
    }

    private bool TryReserve()
    {
        if (Interlocked.Increment(ref _count) > options.Value.MaxConversations)
        {
            Interlocked.Decrement(ref _count);
            return false;
        }

        return true;
    }

    public bool Remove(string conversationId)
    {
        if (_conversations.TryRemove(conversationId, out var conversation))
        {
            Interlocked.Decrement(ref _count);
            conversation.Close();
            return true;
        }

        return false;
    }

    /// <summary>How long the "forgotten" reply waits for a client that never reads it before the conversation is removed anyway.</summary>
    public static readonly TimeSpan ForgottenGrace = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Forgets conversations idle for longer than the configured timeout, and conversations the user asked to forget
    /// whose final reply has waited <see cref="ForgottenGrace"/> unread; returns how many.
    /// </summary>
    public int RemoveIdle()
    {
        var now = time.GetUtcNow();
        var cutoff = now - options.Value.ConversationIdleTimeout;
        var removed = 0;
        foreach (var (id, conversation) in _conversations)
        {
            var expired = conversation.LastActive < cutoff || conversation.ForgottenAt < now - ForgottenGrace;
            if (expired && Remove(id))
            {
                removed++;
            }
        }

        return removed;
    }
}
