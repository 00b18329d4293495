using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>Who is writing, as far as a message shows it.</summary>
internal static class RecognizedAudience
{
    /// <summary>"My son is being bullied on the bus..." is a parent, whether or not they have said so yet.</summary>
    public static bool IsAboutTheirChild(RecognizerResult understood) =>
        understood.GetTopScoringIntent().Intent is var top
        && (top == IntentNames.IAmParent || top.StartsWith(IntentNames.ParentPrefix, StringComparison.Ordinal));
}
