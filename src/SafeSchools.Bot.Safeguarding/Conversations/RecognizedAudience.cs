using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>Who is writing, as far as a message shows it.</summary>
internal static class RecognizedAudience
{
    // How sure understanding must be that a message is a parent's before the conversation is answered as a parent's. A
    // weak lead is not enough: "theres a girl in yr 10 who says shes gonna jump me" led with parent-bullying at 0.10,
    // and a child was then answered as a parent ("If your child is in danger...").
    private const double ParentCertainty = 0.5;

    /// <summary>"My son is being bullied on the bus..." is a parent, whether or not they have said so yet.</summary>
    public static bool IsAboutTheirChild(RecognizerResult understood) =>
        understood.GetTopScoringIntent() is var (top, score)
        && score >= ParentCertainty
        && (top == IntentNames.IAmParent || top.StartsWith(IntentNames.ParentPrefix, StringComparison.Ordinal));
}
