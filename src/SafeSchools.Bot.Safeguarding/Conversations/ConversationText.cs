using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>The few sentences the bot's machinery says itself (everything else is content in dialogs/).</summary>
public static class ConversationText
{
    /// <summary>The immediate-danger line.</summary>
    public const string DangerLine = "If you're in danger right now, call 999.";

    /// <summary>
    /// Said when a turn failed on the bot's side; it needs no content, storage or network to compose. Worded apart from
    /// <see cref="DangerLine"/> so that it keeps its 999 even when an alert already showed the line this turn.
    /// </summary>
    public const string Apology =
        "Sorry, something went wrong on my side. In an emergency, call 999 now." +
        " You can talk to Childline any time: call 0800 1111 or chat online at https://www.childline.org.uk/get-support/1-2-1-counsellor-chat/";

    /// <summary>Said by a prompt whose answer it could not use (the bot normally interprets the message first).</summary>
    public const string Retry = "You can tap one of these, or tell me in your own words.";

    /// <summary>Said after too many answers were not understood.</summary>
    public const string GiveUp = "Sorry, I'm still not understanding, so let's stop this part. Type **menu** to see what I can help with. **" + DangerLine + "**";

    /// <summary>The reply to "help".</summary>
    public const string Help =
        "**" + DangerLine + "**\n\nI'm a computer program that can help with bullying, someone asking for images, or worries about your child. " +
        "You can type:\n\n- **menu** to see the topics\n- **restart** to start again\n- **stop** to stop\n- **I'm in danger now** for what to do in an emergency\n- **forget me** to delete this chat\n\n" +
        "Childline is there for anyone up to 19, any time: call 0800 1111 or chat at https://www.childline.org.uk/get-support/1-2-1-counsellor-chat/";

    /// <summary>The reply to "stop".</summary>
    public const string Stopped = "OK, I've stopped. You can come back any time: type **menu** to start again. **" + DangerLine + "**";

    /// <summary>Said after "forget me".</summary>
    public const string Forgotten = "Done: I've deleted what I kept about this chat. **" + DangerLine + "** If you're using Teams, your school's Teams still keeps its own copy.";

    /// <summary>Said when a first message was not clearly about one topic.</summary>
    public const string Unsure = "I want to make sure I help with the right thing.";

    /// <summary>Said after an alert, before carrying on where the user was.</summary>
    public const string CarryOn = "I'm still here. You can tell me more, answer my last question when you're ready, or type **menu** for other topics.";

    /// <summary>Said when someone tells the bot who they are while it was asking something else.</summary>
    public const string Noted = "Thanks for telling me.";

    /// <summary>Before the last answer, shown again for a follow-up question about it the bot can't match to anything else.</summary>
    public const string AboutThat = "Here's what I know about that:";

    /// <summary>Said when the user says no to a clarifying question.</summary>
    public const string ClarifiedNo = "OK, thank you for letting me know. **" + DangerLine + "**";

    /// <summary>
    /// Said first in a Teams one-to-one chat, before anything is asked: Teams keeps the chat and the bot can't delete it.
    /// </summary>
    public const string TeamsNotice =
        "**" + DangerLine + "**\n\n" +
        "**Before we start: this chat is in Microsoft Teams.** Your school's Teams keeps a copy of it in the school's account, " +
        "and I can't delete that copy. People who run your school's Teams may be able to see it.\n\n" +
        "So please don't tell me private details here. For anything private, you can talk to **Childline** " +
        "(https://www.childline.org.uk, free and you don't have to give your name), or report online sexual abuse or grooming to " +
        "**CEOP** (https://www.ceop.police.uk/Safety-Centre/).";

    /// <summary>
    /// The only answer in a group chat or channel: general help, no questions, and an invitation to a private chat.
    /// </summary>
    public const string GroupChat =
        "**" + DangerLine + "**\n\n" +
        "Hi, I'm the Safe Schools chatbot. I'm a computer program, not a person, and I'm not for emergencies. " +
        "I can help if you're being bullied, if someone has asked you for images, or if you're worried about a child.\n\n" +
        "**Everyone in this chat can see what you write here, so please don't share personal details.** " +
        "To talk it through, **message me privately**: open a one-to-one chat with me in Teams.\n\n" +
        "For private help now, you can talk to **Childline** (https://www.childline.org.uk), or report online sexual abuse or " +
        "grooming to **CEOP** (https://www.ceop.police.uk/Safety-Centre/).";

    /// <summary>The services shown with <see cref="GroupChat"/>.</summary>
    public static IReadOnlyList<string> GroupChatServices { get; } = ["childline", "ceop"];

    /// <summary>The give-up activity: the menu and the danger line.</summary>
    public static Activity GiveUpActivity() => Activity.CreateMessage(GiveUp) with
    {
        SuggestedActions = new SuggestedActions([CardAction.ImBack("Menu"), CardAction.ImBack("I'm in danger now")]),
    };

    /// <summary>Phrases that switch to a topic flow whatever step the user is at.</summary>
    internal static string TopicLead(string flowTitle) => $"OK, let's talk about this: **{flowTitle}**.";
}
