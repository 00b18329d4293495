using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace SafeSchools.Bot.DirectLine;

/// <summary>The Direct Line conversations this instance serves, in memory; idle ones are forgotten.</summary>
internal sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);

    public int Count => _conversations.Count;

    public DirectLineConversation Create(string? audience = null)
    {
        var id = "dl-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var userId = "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var conversation = new DirectLineConversation(id, userId, options.Value.MaxActivitiesPerConversation) { Audience = audience };
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
            conversation.Close();
            return true;
        }

        return false;
    }

    /// <summary>Forgets conversations idle for longer than the configured timeout; returns how many.</summary>
    public int RemoveIdle()
    {
        var cutoff = time.GetUtcNow() - options.Value.ConversationIdleTimeout;
        var removed = 0;
        foreach (var (id, conversation) in _conversations)
        {
            if (conversation.LastActive < cutoff && Remove(id))
            {
                removed++;
            }
        }

        return removed;
    }
}
