namespace SafeSchools.Bot.Understanding.Evaluation;

/// <summary>
/// The families intents are reported in, so each can be held to its own bar: dialog acts and who-I-am statements,
/// questions people ask mid-conversation, topics (a young person's and a parent's), the knowledge base's questions,
/// and the rest (follow-ups, everyday stress and the like).
/// </summary>
public static class IntentFamily
{
    /// <summary>Greeting, thanks, goodbye, yes, no, don't know, stop, help, menu and who-I-am statements.</summary>
    public const string DialogActs = "dialog acts";

    /// <summary>Questions about the bot, privacy and the services (<c>question-*</c>).</summary>
    public const string Questions = "questions";

    /// <summary>The topics a first message is routed by, young people's and parents' (<c>parent-*</c>).</summary>
    public const string Topics = "topics";

    /// <summary>The knowledge base's questions (<c>kb-*</c>).</summary>
    public const string KnowledgeBase = "knowledge base";

    /// <summary>Everything else.</summary>
    public const string Other = "other";

    /// <summary>The families in the order they are reported.</summary>
    public static IReadOnlyList<string> All { get; } = [DialogActs, Questions, Topics, KnowledgeBase, Other];

    private static readonly HashSet<string> Acts = new(StringComparer.Ordinal)
    {
        IntentNames.Greeting, IntentNames.Thanks, IntentNames.Goodbye, IntentNames.Yes, IntentNames.No, IntentNames.DontKnow,
        IntentNames.Stop, IntentNames.Help, IntentNames.Menu, IntentNames.IAmYoungPerson, IntentNames.IAmParent,
    };

    private static readonly HashSet<string> YoungPeoplesTopics = new(StringComparer.Ordinal)
    {
        "bullying", "image-request", "image-already-shared", "sextortion", "grooming", "worried-about-a-friend", "exploitation",
    };

    /// <summary>The family of <paramref name="intent"/>.</summary>
    public static string Of(string intent)
    {
        ArgumentNullException.ThrowIfNull(intent);
        return Acts.Contains(intent) ? DialogActs
            : intent.StartsWith(IntentNames.QuestionPrefix, StringComparison.Ordinal) ? Questions
            : YoungPeoplesTopics.Contains(intent) || intent.StartsWith(IntentNames.ParentPrefix, StringComparison.Ordinal) ? Topics
            : intent.StartsWith(IntentNames.KnowledgePrefix, StringComparison.Ordinal) ? KnowledgeBase
            : Other;
    }
}
