using System.Text.RegularExpressions;
using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>Who is writing, as far as a message shows it.</summary>
internal static partial class RecognizedAudience
{
    // How sure understanding must be that a message is a parent's before the conversation is answered as a parent's. A
    // weak lead is not enough: "theres a girl in yr 10 who says shes gonna jump me" led with parent-bullying at 0.10,
    // and a child was then answered as a parent ("If your child is in danger...").
    private const double ParentCertainty = 0.5;

    /// <summary>
    /// "My son is being bullied on the bus..." is a parent, whether or not they have said so yet: understanding is sure
    /// it is a parent's topic, or the message names the writer's own child ("my son has just told me someone has a video
    /// of him" leads with sextortion, a young person's topic, yet only a parent writes it).
    /// </summary>
    public static bool IsAboutTheirChild(RecognizerResult understood) =>
        SpeaksAsAParent(understood.Text)
        || (understood.GetTopScoringIntent() is var (top, score)
            && score >= ParentCertainty
            && (top == IntentNames.IAmParent || top.StartsWith(IntentNames.ParentPrefix, StringComparison.Ordinal))
            && !OwnParent().IsMatch(understood.Text));

    /// <summary>
    /// Whether the text names the writer's own child ("my son", "our daughter's", "my 15 year old") or says the writer is a
    /// parent or carer ("as a parent, how do i...", "im a mum of two"): only a parent or carer writes it.
    /// </summary>
    public static bool SpeaksAsAParent(string text) => OwnChild().IsMatch(text) || SaysTheyAreAParent().IsMatch(text);

    /// <summary>
    /// Whether the text names the writer's own parent or carer and no child of theirs ("my dads always shouting", "my mums
    /// boyfriend"): someone's child is writing, so a parent's topic ("missing from home") is not what they mean.
    /// </summary>
    public static bool NamesTheirParent(string text) => OwnParent().IsMatch(text) && !SpeaksAsAParent(text);

    // "my son", "our daughter's", "my grandsons arm", "my foster child", "my 15 year old" — not "my boy" (a friend, to a
    // teenager), "my kid brother" nor "my 6 year old sister".
    [GeneratedRegex(
        @"\b(my|our) (son|daughter|child|children|kid(?! (brother|sister|bro|sis))|kids|grandson|granddaughter|grandchild|grandchildren|step-?son|step-?daughter|foster (child|son|daughter)|teenager)('?s)?\b|\bmy \d{1,2}[- ]?(year|yr)s?[- ]?old\b(?! (sister|brother|cousin|mate|friend|niece|nephew))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnChild();

    // "as a parent", "im a mum of 2", "i'm a single dad", "parent here", "we are foster carers" — not "as a parent she has
    // to check my phone" nor a young carer's "im a carer for my mum".
    [GeneratedRegex(
        @"\b(as (a |an |the )?|i'?m (a |an |the )?|i am (a |an |the )?|we'?re |we are )(worried |concerned |single |working |new |step-? ?|foster |anxious )?(parent|parents|mum|mom|mam|dad|father|mother|carer|carers|guardian|grandparent|grandparents|nan|grandma|grandad|grandfather|grandmother)\b(?! (would|will|might|says?|said|told|thinks?|she|he|they|you|u|for|to)\b)|^\s*(worried |concerned )?(parent|mum|dad|carer) here\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaysTheyAreAParent();

    // "my dad", "my mums boyfriend", "my step-mum", "my foster carer" (a parent writes "his dad", "my husband").
    [GeneratedRegex(
        @"\bmy (mum|mom|mam|mummy|mother|dad|daddy|father|step-? ?(mum|mom|dad|father|mother)|parents|foster (carer|carers|mum|dad|parents)|carer|carers)('?s)?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnParent();
}
