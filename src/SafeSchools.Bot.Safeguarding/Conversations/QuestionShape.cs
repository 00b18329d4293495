using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// Whether a message is asked as a question: a question mark, or a question word first ("whats", "can", "is"). Only a
/// question is matched to the knowledge base: "i'm being cyberbullied" is a topic, "what are the signs of
/// cyberbullying?" a question.
/// </summary>
internal static class QuestionShape
{
    private static readonly HashSet<string> QuestionStarts = new(StringComparer.Ordinal)
    {
        "what", "whats", "wots", "wat", "who", "whos", "how", "why", "is", "are", "can", "could", "do", "does", "did", "should",
        "will", "would", "where", "wheres", "when", "whens", "which", "tell", "give", "send", "link", "number",
    };

    // "what should i do if my child has sent a nude" is the parents' images journey, not the knowledge base's
    // "what if someone sends you a nude": a topic this likely outranks a general question.
    private const double TopicOverKnowledge = 0.3;

    // Below this the knowledge base is only diluting the conversation's own intents ("is he in trouble?"), so it steps aside.
    private const double KnowledgeMinimum = 0.3;

    // So sure of a knowledge-base question that it needs no question shape: "my daughter wants discord, any tips" (0.96).
    // Not a statement that shares its words: "i'm being cyberbullied" (0.85 for the signs of cyberbullying) is a topic.
    private const double KnowledgeWithoutQuestion = 0.9;

    /// <summary>
    /// The result as the conversation reads it: the knowledge base's questions count only for a message asked as a
    /// question (or matched with near certainty) whose best match is one of them, and that is not as much about a
    /// topic with a journey of its own; otherwise they are left out and the other intents scaled up to take their share.
    /// </summary>
    public static RecognizerResult AsAsked(RecognizerResult understood)
    {
        ArgumentNullException.ThrowIfNull(understood);
        var (top, score) = understood.GetTopScoringIntent();
        var knowledge = top.StartsWith(IntentNames.KnowledgePrefix, StringComparison.Ordinal) && score >= KnowledgeMinimum
            && (score >= KnowledgeWithoutQuestion || IsQuestion(understood))
            && !understood.Intents.Any(i => i.Value.Score >= TopicOverKnowledge && TopicRoutes.IsTopic(i.Key));
        return knowledge ? understood : understood.WithoutIntents(IntentNames.KnowledgePrefix);
    }

    /// <summary>
    /// Whether the message asks something: a question mark, or a sentence that starts with a question word once any
    /// greeting is set aside ("hello i am his nan. what is parental controls and do i need them").
    /// </summary>
    public static bool IsQuestion(RecognizerResult understood)
    {
        ArgumentNullException.ThrowIfNull(understood);
        if (understood.Text.Contains('?', StringComparison.Ordinal))
        {
            return true;
        }

        // The normalised text first (spelling mended, a Teams @mention gone), then each sentence of what was typed.
        var altered = understood.AlteredText ?? string.Empty;
        var end = altered.IndexOf(' ', StringComparison.Ordinal);
        if (QuestionStarts.Contains(end < 0 ? altered : altered[..end]))
        {
            return true;
        }

        foreach (var sentence in understood.Text.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries))
        {
            var first = FirstWords(sentence).SkipWhile(Greetings.Contains).FirstOrDefault();
            if (first is not null && QuestionStarts.Contains(first))
            {
                return true;
            }
        }

        return AsksLaterOn(altered);
    }

    // A question asked after what it is about: "my lil bro got bullied, how do i help him", "some1 hacked my insta wat
    // do i do", "not sure whether to report it": a question word with the verb that asks it, or a word that only asks.
    private static bool AsksLaterOn(string altered)
    {
        var text = altered.AsSpan();
        var previous = ReadOnlySpan<char>.Empty;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (AsksAlone.Contains(word) || (QuestionWords.Contains(previous) && AskingVerbs.Contains(word)))
            {
                return true;
            }

            previous = word;
        }

        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> QuestionWords = Lookup(
        "what", "wat", "wot", "how", "who", "where", "when", "why", "which");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AskingVerbs = Lookup(
        "do", "does", "did", "should", "shall", "can", "could", "will", "would", "happens", "to", "is", "are");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AsksAlone = Lookup("whether", "advice", "tips");

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly char[] SentenceEnds = ['.', '!', ';', '\n'];

    // Words a sentence may open with before its question: "hello, what is...", "ok so how do i...".
    private static readonly HashSet<string> Greetings = new(StringComparer.Ordinal)
    {
        "hello", "hi", "hiya", "hey", "heya", "yo", "ok", "okay", "so", "um", "erm", "right", "sorry", "please", "and", "but",
    };

    // The first few words of a sentence, lower case, letters and digits only ("What's" -> "whats").
    private static IEnumerable<string> FirstWords(string sentence) =>
        sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Take(6)
            .Select(word => new string([.. word.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]))
            .Where(word => word.Length > 0);
}
