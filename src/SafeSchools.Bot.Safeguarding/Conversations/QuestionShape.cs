using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>Whether a message is asked as a question: a question mark, or a question word first ("whats", "can", "is").</summary>
internal static class QuestionShape
{
    private static readonly HashSet<string> QuestionStarts = new(StringComparer.Ordinal)
    {
        "what", "whats", "wots", "wat", "who", "whos", "how", "why", "is", "are", "can", "could", "do", "does", "did", "should",
        "will", "would", "where", "wheres", "when", "whens", "which", "tell", "give", "send", "link", "number",
    };

    public static bool IsQuestion(RecognizerResult understood)
    {
        ArgumentNullException.ThrowIfNull(understood);
        if (understood.Text.Contains('?', StringComparison.Ordinal))
        {
            return true;
        }

        var altered = understood.AlteredText ?? string.Empty;
        var end = altered.IndexOf(' ', StringComparison.Ordinal);
        return QuestionStarts.Contains(end < 0 ? altered : altered[..end]);
    }
}
