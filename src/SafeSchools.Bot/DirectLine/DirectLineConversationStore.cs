using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace SafeSchools.Bot.DirectLine;

/// <summary>
/// The Direct Line conversations this instance serves, in memory, at most <see cref="DirectLineOptions.MaxConversations"/>
/// of them; idle ones are forgotten. When it is full a new chat is refused; a live conversation is never evicted for it.
/// </summary>
internal sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>A new conversation, or null when the store already holds <see cref="DirectLineOptions.MaxConversations"/>.</summary>
    public DirectLineConversation? Create(string? audience = null)
    {
        var settings = options.Value;
        if (Interlocked.Increment(ref _count) > settings.MaxConversations)
        {
            Interlocked.Decrement(ref _count);
            return null;
        }

        var id = "dl-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var userId = "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var conversation = new DirectLineConversation(id, userId, settings.MaxActivitiesPerConversation, settings.MaxTranscriptBytes) { Audience = audience };
        conversation.Touch(time.GetUtcNow());
        _conversations[id] = conversation;
        return conversation;
    }

    public DirectLineConversation? Find(string conversationId) =>
        _conversations.TryGetValue(conversationId, out var conversation) ? conversation : null;

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
