namespace SafeSchools.Bot.Understanding;

/// <summary>Intent names the code acts on; the rest are data (see <c>dialogs/understanding/*.lu</c>).</summary>
public static class IntentNames
{
    /// <summary>Nothing the bot knows.</summary>
    public const string None = "none";

    /// <summary>
    /// The answer (in <c>dialogs/answers.yaml</c>, not a label) for a message understood as everyday chat the bot has no
    /// answer about: what it is for, and that it is listening.
    /// </summary>
    public const string OffTopic = "off-topic";

    /// <summary>Commands recognised by exact phrase.</summary>
    public const string Help = "help";

    /// <summary>Back to the topics.</summary>
    public const string Menu = "menu";

    /// <summary>Stop the conversation.</summary>
    public const string Stop = "stop";

    /// <summary>The "I'm in danger now" button or words.</summary>
    public const string DangerNow = "danger-now";

    /// <summary>Delete the stored conversation.</summary>
    public const string ForgetMe = "forget-me";

    /// <summary>Dialog acts.</summary>
    public const string Greeting = "greeting";

    /// <summary>Thanks.</summary>
    public const string Thanks = "thanks";

    /// <summary>Goodbye.</summary>
    public const string Goodbye = "goodbye";

    /// <summary>Yes.</summary>
    public const string Yes = "yes";

    /// <summary>No.</summary>
    public const string No = "no";

    /// <summary>Saying what they will do next ("ok ill tell my mum tonight").</summary>
    public const string WillDo = "will-do";

    /// <summary>I don't know.</summary>
    public const string DontKnow = "dont-know";

    /// <summary>Everyday stress or a mood ("cant sleep again", "exams are killing me"): no risk in it.</summary>
    public const string EverydayStress = "everyday-stress";

    /// <summary>Who I am: a young person.</summary>
    public const string IAmYoungPerson = "i-am-young-person";

    /// <summary>Who I am: a parent or carer.</summary>
    public const string IAmParent = "i-am-parent";

    /// <summary>The prefix of questions about the bot and services.</summary>
    public const string QuestionPrefix = "question-";

    /// <summary>The prefix of answers to a safety follow-up question ("i cant call", "i already paid").</summary>
    public const string FollowUpPrefix = "followup-";

    /// <summary>The prefix of the knowledge base's questions (<c>dialogs/knowledge.yaml</c>), e.g. <c>kb-what-is-grooming</c>.</summary>
    public const string KnowledgePrefix = "kb-";

    /// <summary>Pressure or reasons to send an image ("what if he breaks up with me").</summary>
    public const string ImagePressure = "image-pressure";

    /// <summary>The prefix of parents' topics.</summary>
    public const string ParentPrefix = "parent-";
}
