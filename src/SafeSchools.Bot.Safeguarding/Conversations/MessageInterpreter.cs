using SafeSchools.Bot.Dialogs.Recognizers;
using SafeSchools.Bot.Safeguarding.Content;
using SafeSchools.Bot.Understanding;
using ContentChoice = SafeSchools.Bot.Safeguarding.Content.Choice;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// Decides what a message is, wherever the person is, in one order (the shape of Bot Builder's interruptions): a
/// plain answer to the waiting question; a command; a question or follow-up the bot has an answer for; a topic of its
/// own; a dialog act (hello, thanks, bye, idk, yes/no); an answer to the waiting question in the person's own words;
/// and only then a miss. Risks are acted on before this, by the alert middleware. The same message is understood the
/// same way as a first message and mid-flow; only what it means for the waiting question differs.
/// </summary>
internal sealed class MessageInterpreter(SafeguardingContent content, IntentRouting router, TopicDetector topics, double answerThreshold)
{
    /// <summary>How sure understanding must be of a question or dialog act to answer it.</summary>
    public const double DefaultAnswerThreshold = 0.22;

    // A follow-up's answer can say "call 999 now", so a guess ("can i just ignore them" scoring 0.23 for "I've hurt myself")
    // must not give it; a real follow-up ("i cant call, he'll hear") scores far higher.
    private const double FollowUpThreshold = 0.45;

    // ...unless it is well ahead of everything else ("ok calling now" at 0.40, next 0.19): a clear lead is not a guess.
    private const double FollowUpWithALead = 0.3;
    private const double FollowUpLead = 2;

    // A message asked as a question whose best match is a question the bot has an answer for gets that answer from
    // here ("does that work on a landline too?" at 0.18 is the Silent Solution), rather than "I don't know".
    private const double AskedQuestionThreshold = 0.15;

    private const int MaxIdentityWords = 6;

    private const double RunnerUpMinimum = 0.1;

    // One or two words ("online", "both") are answers, never a reason to leave the flow they answer.
    private const int MinWordsToLeaveAFlow = 3;

    private static readonly HashSet<string> IdentityIntents = new(StringComparer.Ordinal) { IntentNames.IAmYoungPerson, IntentNames.IAmParent };

    /// <summary>The services' names, compiled once: what a message names, for the interpreter and the bot.</summary>
    public ServiceMentions Services { get; } = new(content.Services);

    /// <summary>
    /// The intent understanding is sure enough of to answer (knowledge-base intents only for a question), or
    /// <see cref="IntentNames.None"/>: what the trace shows when no intent decided the turn.
    /// </summary>
    public string TopIntent(RecognizerResult understood) => QuestionShape.AsAsked(understood).TopIntent(answerThreshold);

    public Interpretation Interpret(RecognizerResult understood, Step? pending, string? activeFlow, bool parent, string? locale)
    {
        ArgumentNullException.ThrowIfNull(understood);
        var heard = understood;
        understood = QuestionShape.AsAsked(understood);
        var words = TextNormalizer.CountWords(understood.Text);
        var culture = RecognizerCulture.Resolve(locale);
        if (StrictIndex(understood.Text, pending, culture) is { } strict)
        {
            return new Interpretation.AnswerToQuestion(strict, Plain: true);
        }

        if (CommandRecognizer.CommandOf(understood) is var command and not ConversationCommand.None)
        {
            return new Interpretation.Command(command);
        }

        var intent = SureEnough(understood.TopIntent(answerThreshold), understood);
        if (intent == IntentNames.None && AskedQuestion(understood) is { } asked)
        {
            intent = asked;
        }

        if (IsAnswerable(intent) && content.Answers.Find(intent) is { } answer)
        {
            return new Interpretation.Reply(answer);
        }

        if (words < MinWordsToLeaveAFlow && ChoiceMentioned(pending, understood.Text) is { } typed)
        {
            // "images" at the menu is its option "Someone asked me for images", before any topic it resembles.
            return new Interpretation.AnswerToQuestion(typed, intent);
        }

        if (router(understood) is { IsConfident: true, FlowId: { } routed } && !IsChildNamingTheirParent(routed, understood, parent))
        {
            var top = understood.GetTopScoringIntent().Intent;
            var topicIntent = top is IntentNames.None or "" ? routed : top;
            if (parent && TopicRoutes.ParentTopics.TryGetValue(topicIntent, out var parentTopic))
            {
                (routed, topicIntent) = (FlowIds.WorriedParent, parentTopic);
            }

            // Straight into the advice when the topic already answers the flow's first question; else a topic that
            // answers the waiting question picks its option. Moving within a flow takes the topic as it is; leaving
            // a topic's flow for another needs more certainty.
            var entry = EntryStep(routed, topicIntent, understood.Text) ?? EntryFromRunnersUp(routed, understood, parent);
            var picked = entry is null ? ChoiceLeadingTo(pending, routed) ?? ChoiceMeaning(pending, topicIntent) : null;
            if (picked is { } index)
            {
                return new Interpretation.AnswerToQuestion(index, topicIntent);
            }

            var flowId = activeFlow is null or FlowIds.Welcome or FlowIds.Menu || routed == activeFlow ? routed
                : words >= MinWordsToLeaveAFlow ? topics(understood)
                : null;
            if (flowId is not null && (flowId != activeFlow || entry is not null))
            {
                return new Interpretation.Topic(flowId, topicIntent, flowId == routed ? entry : EntryStep(flowId, topicIntent, understood.Text));
            }
        }

        // Inside a topic's flow a short answer that merely resembles "I'm a parent" ("both") must not move anyone.
        var choosing = activeFlow is null or FlowIds.Welcome or FlowIds.Menu;
        var identity = IdentityOf(understood, intent, parent, words) is { } who
            && (choosing || (understood.ScoreOf(who) >= TopicRoutes.DefaultSwitchThreshold && words >= MinWordsToLeaveAFlow))
            ? who
            : null;
        if (ChoiceMeaning(pending, identity ?? intent) is { } meant)
        {
            return new Interpretation.AnswerToQuestion(meant, identity ?? intent);
        }

        if (pending is AskConfirmStep && intent is IntentNames.Yes or IntentNames.No)
        {
            return new Interpretation.AnswerToQuestion(intent == IntentNames.Yes ? 0 : 1, intent);
        }

        if (content.Answers.Find(intent) is { } act)
        {
            return new Interpretation.Reply(act);
        }

        if (identity is not null)
        {
            return new Interpretation.Identity(identity == IntentNames.IAmParent, identity);
        }

        if (pending is not AskTextStep && Services.Find(understood) is { } named)
        {
            return new Interpretation.Reply(named);
        }

        if (words >= MinWordsToLeaveAFlow && ChoiceMentioned(pending, understood.Text) is { } mentioned)
        {
            // "its mostly on tiktok" answers "online, in person, or both?" in their own words (a shorter message was
            // looked at before the topics).
            return new Interpretation.AnswerToQuestion(mentioned, intent);
        }

        if (pending is not AskTextStep && ClosestAnswer(heard) is { } closest)
        {
            // "some1 hacked my insta n wont give it back" is not asked as a question, but nothing else claimed it and the
            // knowledge base has its answer: that answer, rather than "say it another way".
            return new Interpretation.Reply(closest);
        }

        if (choosing && RecognizedAudience.SpeaksAsAParent(understood.Text))
        {
            // "what is snapchat exactly, my granddaughter is on it all the time..." matched nothing well enough, but
            // only a parent or carer writes it: their flow asks what the worry is, rather than a fallback.
            return new Interpretation.Identity(Parent: true, IntentNames.IAmParent);
        }

        return AnswerOrMiss(pending, null);
    }

    /// <summary>
    /// The answer for everyday chat no answer is about ("who won the match last night", "idk just bored"), when
    /// understanding is fairly sure that is what a message of a few words is (the label <c>none</c>) and finds no risk;
    /// else null. Saying what the bot is for is truer than "say it another way".
    /// </summary>
    public Answer? OffTopicAnswer(RecognizerResult understood, Step? pending)
    {
        ArgumentNullException.ThrowIfNull(understood);
        return pending is not AskTextStep
            && understood.Risks.Count == 0
            && TextNormalizer.CountWords(understood.Text) >= MinOffTopicWords
            && QuestionShape.AsAsked(understood).GetTopScoringIntent() is (IntentNames.None, >= OffTopicCertainty)
            ? content.Answers.Find(IntentNames.OffTopic)
            : null;
    }

    private const double OffTopicCertainty = 0.3;

    // One word ("asdfgh", "bruh") is too little to tell everyday chat from a slip of the keyboard: it gets the fallback.
    private const int MinOffTopicWords = 2;

    // "my dads always shouting at home" reads like a parent's "missing from home" to the model, but a child wrote it.
    private static bool IsChildNamingTheirParent(string routed, RecognizerResult understood, bool parent) =>
        !parent && routed == FlowIds.WorriedParent && RecognizedAudience.NamesTheirParent(understood.Text);

    // A question that asks for typed words takes whatever was typed; anything else unmatched is a miss.
    private static Interpretation AnswerOrMiss(Step? pending, string? intent) =>
        pending is AskTextStep ? new Interpretation.AnswerToQuestion(null, intent) : new Interpretation.Miss();

    private static int? StrictIndex(string text, Step? pending, RecognizerCulture culture) => pending switch
    {
        AskChoiceStep ask => StrictAnswer.IndexOf(text, FlowDialog.ChoicesOf(ask), yesNo: false, culture),
        AskConfirmStep => StrictAnswer.IndexOf(text, FlowDialog.YesNo, yesNo: true, culture),
        _ => null,
    };

    // Dialog acts are answered only after topics; identities pick an option or start a flow instead.
    private static bool IsAnswerable(string intent) => AnswersAQuestion(intent) || intent == IntentNames.ImagePressure;

    /// <summary>Whether the intent's answer answers a question or a follow-up (not small talk), so it can be asked about again.</summary>
    public static bool AnswersAQuestion(string intent) =>
        intent.StartsWith(IntentNames.QuestionPrefix, StringComparison.Ordinal)
        || intent.StartsWith(IntentNames.KnowledgePrefix, StringComparison.Ordinal)
        || intent.StartsWith(IntentNames.FollowUpPrefix, StringComparison.Ordinal);

    /// <summary>
    /// A short question nothing else matched, straight after an answer, is most likely about that answer ("is that only on
    /// a mobile?", "how do i register for next time"): it is shown again rather than "I don't know that one".
    /// </summary>
    public Interpretation FollowUpOnLastAnswer(Interpretation interpretation, RecognizerResult understood, string? lastAnswer)
    {
        ArgumentNullException.ThrowIfNull(understood);
        return interpretation is Interpretation.Miss && lastAnswer is not null && QuestionShape.IsQuestion(understood)
            && TextNormalizer.CountWords(understood.Text) <= MaxFollowUpWords
            && content.Answers.Find(lastAnswer) is { } answer
                ? new Interpretation.Reply(answer, Again: true)
                : interpretation;
    }

    private const int MaxFollowUpWords = 10;

    // Sure enough of a knowledge-base or question intent, asked or not, to answer it when nothing else did.
    private const double ClosestAnswerThreshold = 0.5;

    private Answer? ClosestAnswer(RecognizerResult heard) =>
        heard.GetTopScoringIntent() is var (top, score) && score >= ClosestAnswerThreshold
        && (top.StartsWith(IntentNames.QuestionPrefix, StringComparison.Ordinal) || top.StartsWith(IntentNames.KnowledgePrefix, StringComparison.Ordinal))
            ? content.Answers.Find(top)
            : null;

    private static string? AskedQuestion(RecognizerResult understood) =>
        understood.GetTopScoringIntent() is var (top, score) && score >= AskedQuestionThreshold
        && (top.StartsWith(IntentNames.QuestionPrefix, StringComparison.Ordinal) || top.StartsWith(IntentNames.KnowledgePrefix, StringComparison.Ordinal))
        && QuestionShape.IsQuestion(understood)
            ? top
            : null;

    private static string SureEnough(string intent, RecognizerResult understood) =>
        intent.StartsWith(IntentNames.FollowUpPrefix, StringComparison.Ordinal) && understood.ScoreOf(intent) < FollowUpThreshold
        && !understood.Leads(intent, FollowUpWithALead, FollowUpLead)
            ? IntentNames.None
            : intent;

    // "I'm a parent, my two won't get off their phones": the top intent says who, the next one says what about.
    private string? EntryFromRunnersUp(string flowId, RecognizerResult understood, bool parent) =>
        understood.Intents
            .Where(i => i.Value.Score >= RunnerUpMinimum)
            .OrderByDescending(i => i.Value.Score)
            .Skip(1)
            .Take(2)
            .Select(i => EntryStep(flowId, parent && TopicRoutes.ParentTopics.TryGetValue(i.Key, out var p) ? p : i.Key, understood.Text))
            .FirstOrDefault(step => step is not null);

    // Where a flow's first question would send someone who already said this ("means:" on its options), and on
    // through any further question whose options say it too ("Something else" -> "My child is hurting themselves").
    private string? EntryStep(string flowId, string intent, string text)
    {
        var flow = content.FindFlow(flowId);
        string? entry = null;
        var stepId = flow?.StartStepId;
        for (var depth = 0; flow is not null && stepId is not null && depth < MaxEntryDepth; depth++)
        {
            var step = flow.FindStep(stepId);
            while (step is SayStep { Next: StepTarget next })
            {
                step = flow.FindStep(next.StepId);
            }

            if (step is not AskChoiceStep ask || (ChoiceMeaning(ask, intent) ?? ChoiceMentioned(ask, text)) is not { } index || ask.Choices[index].Target is not StepTarget target)
            {
                break;
            }

            entry = stepId = target.StepId;
        }

        return entry;
    }

    private const int MaxEntryDepth = 3;

    private static string? IdentityOf(RecognizerResult understood, string intent, bool parent, int words)
    {
        if (IdentityIntents.Contains(intent))
        {
            return intent;
        }

        // "im 14" says who they are; "my 15 year old keeps..." is about someone else, and longer; a parent's "she's 14"
        // is their child's age.
        return !parent && words <= MaxIdentityWords
            && int.TryParse(understood.EntityValue(EntityRecognizer.Age), out var age) && age < 18
            ? IntentNames.IAmYoungPerson
            : null;
    }

    private static int? ChoiceLeadingTo(Step? pending, string flowId) =>
        pending is AskChoiceStep ask ? IndexWhere(ask, c => c.Target is FlowTarget target && target.FlowId == flowId) : null;

    private static int? ChoiceMeaning(Step? pending, string intent) =>
        pending is AskChoiceStep ask ? IndexWhere(ask, c => c.Means.Contains(intent)) : null;

    // The one option whose words the message mentions; none when it mentions two ("at school and on snapchat").
    private static int? ChoiceMentioned(Step? pending, string text)
    {
        if (pending is not AskChoiceStep ask)
        {
            return null;
        }

        int? mentioned = null;
        for (var i = 0; i < ask.Choices.Length; i++)
        {
            if (ask.Choices[i].IsMentionedIn(text))
            {
                if (mentioned is not null)
                {
                    return null;
                }

                mentioned = i;
            }
        }

        return mentioned;
    }

    private static int? IndexWhere(AskChoiceStep ask, Func<ContentChoice, bool> predicate)
    {
        for (var i = 0; i < ask.Choices.Length; i++)
        {
            if (predicate(ask.Choices[i]))
            {
                return i;
            }
        }

        return null;
    }
}
