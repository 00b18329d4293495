using System.Security.Cryptography;
using System.Text;

namespace SafeSchools.Bot.Logging;

/// <summary>
/// Turns conversation ids into short keyed hashes for logs, so log lines of one conversation can be
/// correlated without recording who the conversation belongs to. The key is new each time the bot starts.
/// </summary>
internal sealed class ConversationHasher
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public string Hash(string? conversationId)
    {
        if (string.IsNullOrEmpty(conversationId))
        {
            return "none";
        }

        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(conversationId), hash);
        return Convert.ToHexStringLower(hash[..6]);
    }
}
