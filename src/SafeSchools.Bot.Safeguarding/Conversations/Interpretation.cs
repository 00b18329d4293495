using SafeSchools.Bot.Safeguarding.Content;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>What the bot made of one message, in the order it checks: <see cref="MessageInterpreter"/>.</summary>
/// <param name="Intent">The intent that decided, for the trace; null for a plain answer or a miss.</param>
internal abstract record Interpretation(string? Intent)
{
    /// <summary>The kind, as the trace names it ("answer", "reply", "miss"...).</summary>
    public string Kind => this switch
    {
        AnswerToQuestion => "answer",
        Command => "command",
        Reply => "reply",
        Topic => "topic",
        Identity => "identity",
        _ => "miss",
    };

    /// <summary>An answer to the waiting question: the dialog carries on (with the option, when it was worked out).</summary>
    /// <param name="ChoiceIndex">The option meant, or null when the dialog takes the text as it is.</param>
    /// <param name="Intent">The intent that picked the option, or null.</param>
    /// <param name="Plain">Whether the message was plainly the option (its text, or "2"): it then comes before any alert.</param>
    public sealed record AnswerToQuestion(int? ChoiceIndex, string? Intent = null, bool Plain = false) : Interpretation(Intent);

    /// <summary>A command (help, menu, stop, danger now): the root dialog or the first-message handling acts on it.</summary>
    public sealed record Command(ConversationCommand Name) : Interpretation(Name.ToString());

    /// <summary>Something to answer from answers.yaml (a question, a follow-up, thanks...), then carry on.</summary>
    /// <param name="Answer">The answer.</param>
    /// <param name="Again">Whether it is the answer just given, shown again for a follow-up about it ("is that only on a mobile?").</param>
    public sealed record Reply(Answer Answer, bool Again = false) : Interpretation(Answer.Intent);

    /// <summary>A topic of its own: start its flow (leaving the current one), at <paramref name="StepId"/> when the
    /// message already answered the flow's first question ("my son is being bullied" → the parents' bullying advice).</summary>
    public sealed record Topic(string FlowId, string TopicIntent, string? StepId = null) : Interpretation(TopicIntent);

    /// <summary>Who the person is ("im 14", "i'm a parent"), said outside a question about it.</summary>
    public sealed record Identity(bool Parent, string IdentityIntent) : Interpretation(IdentityIntent);

    /// <summary>Nothing the bot could use: a warm fallback.</summary>
    public sealed record Miss() : Interpretation((string?)null);
}
