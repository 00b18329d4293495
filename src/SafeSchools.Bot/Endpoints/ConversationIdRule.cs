using System.Buffers;

namespace SafeSchools.Bot.Endpoints;

/// <summary>
/// What a conversation id may look like before it is used in a storage key, a reply URL or a log: at most a configured
/// length, and only the characters Bot Framework channels use (letters, digits and <c>- _ : . @ | = ; + ,</c>; Teams
/// ids such as <c>19:abc@thread.tacv2;messageid=1</c> included), never <c>..</c>, so it can't climb out of a path.
/// </summary>
internal static class ConversationIdRule
{
    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_:.@|=;+,");

    /// <summary>Why <paramref name="conversationId"/> is refused, or null when it is acceptable.</summary>
    public static string? Problem(string? conversationId, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(conversationId))
        {
            return "The activity has no conversation id.";
        }

        if (conversationId.Length > maxLength)
        {
            return $"The conversation id is longer than {maxLength} characters.";
        }

        if (conversationId.AsSpan().ContainsAnyExcept(Allowed) || conversationId.Contains("..", StringComparison.Ordinal))
        {
            return "The conversation id may contain only letters, digits and - _ : . @ | = ; + , (and never \"..\").";
        }

        return null;
    }
}
