using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>
/// Reads <c>answers.yaml</c> (answers and fallbacks) and <c>knowledge.yaml</c> (the question-answer knowledge base: each
/// answer also names its question and its source) into one <see cref="AnswerCatalog"/>.
/// </summary>
internal static class AnswersParser
{
    public const string FileName = "answers.yaml";

    public const string KnowledgeFileName = "knowledge.yaml";

    private static readonly string[] TopKeys = ["answers", "fallbacks", "listening"];
    private static readonly string[] KnowledgeTopKeys = ["answers"];
    private static readonly string[] AnswerKeys = ["intent", "after", "young-person", "parent", "services"];
    private static readonly string[] KnowledgeKeys = ["intent", "question", "source", "young-person", "parent", "services"];
    private static readonly string[] FallbackKeys = ["first", "again", "again-services", "unknown-question"];
    private static readonly string[] ListeningKeys = ["told-more", "asked", "agreed", "topics"];
    private static readonly string[] ListeningTopicKeys = ["topic", "where", "young-person", "parent", "services"];

    public static AnswerCatalog Parse(string dialogsFolder, List<ContentError> errors)
    {
        var answers = ImmutableArray.CreateBuilder<Answer>();
        var fallbacks = Fallbacks.Default;
        var listening = ListeningCatalog.Empty;
        if (Read(dialogsFolder, FileName, errors) is { } top)
        {
            top.CheckKeys(TopKeys);
            ReadAnswers(top, answers, knowledge: false);
            fallbacks = (top.Map("fallbacks", "the fallbacks") is { } fallbackMap ? ParseFallbacks(fallbackMap) : null) ?? Fallbacks.Default;
            listening = top.Has("listening") && top.Map("listening", "the listening replies") is { } listeningMap ? ParseListening(listeningMap) : ListeningCatalog.Empty;
        }

        if (Read(dialogsFolder, KnowledgeFileName, errors) is { } knowledge)
        {
            knowledge.CheckKeys(KnowledgeTopKeys);
            ReadAnswers(knowledge, answers, knowledge: true);
        }

        return new AnswerCatalog(answers.ToImmutable(), fallbacks) { Listening = listening };
    }

    private static YamlMap? Read(string dialogsFolder, string fileName, List<ContentError> errors)
    {
        var path = Path.Combine(dialogsFolder, fileName);
        return File.Exists(path) && YamlFile.ReadRoot(path, fileName, errors) is { } root ? new YamlMap(root, fileName, errors, fileName) : null;
    }

    private static void ReadAnswers(YamlMap top, ImmutableArray<Answer>.Builder answers, bool knowledge)
    {
        foreach (var item in top.List("answers", required: true, "one \"- intent: ...\" block per answer")?.Children ?? [])
        {
            if (top.ItemMap(item, "an answer") is { } map && ParseAnswer(map, knowledge) is { } answer)
            {
                answers.Add(answer);
            }
        }
    }

    private static Answer? ParseAnswer(YamlMap map, bool knowledge)
    {
        var intent = map.Text("intent", required: true, "the intent it answers, e.g. question-real-person");
        if (intent is not null)
        {
            map.What = $"the answer to \"{intent}\"";
        }

        map.CheckKeys(knowledge ? KnowledgeKeys : AnswerKeys);
        var question = knowledge ? map.Text("question", required: true, "the question it answers, in plain words") : null;
        var source = knowledge ? map.Text("source", required: true, "the web page its facts come from (listed in sources.md)") : null;
        var youngPerson = map.Message("young-person", required: true);
        var parent = map.Message("parent", required: false);
        var services = Ids(map, "services");
        var after = knowledge ? [] : Ids(map, "after", "the alert categories it follows up, e.g. [sextortion]");
        return intent is null || youngPerson is null ? null : new Answer(intent, youngPerson, parent, services) { Question = question, Source = source, After = after };
    }

    private static Fallbacks? ParseFallbacks(YamlMap map)
    {
        map.CheckKeys(FallbackKeys);
        var first = ImmutableArray.CreateBuilder<ContentText>();
        foreach (var item in map.List("first", required: true, "one wording per line starting with \"- \"")?.Children ?? [])
        {
            if (map.MessageFrom(item, "first", required: true) is { } text)
            {
                first.Add(text);
            }
        }

        var again = map.Message("again", required: true);
        var unknownQuestion = map.Message("unknown-question", required: false);
        return first.Count == 0 || again is null ? null : new Fallbacks(first.ToImmutable(), again, Ids(map, "again-services")) { UnknownQuestion = unknownQuestion };
    }

    private static ListeningCatalog ParseListening(YamlMap map)
    {
        map.CheckKeys(ListeningKeys);
        var topics = ImmutableArray.CreateBuilder<TopicListening>();
        foreach (var item in map.List("topics", required: true, "one \"- topic: ...\" block per topic")?.Children ?? [])
        {
            if (map.ItemMap(item, "a listening topic") is { } topicMap && ParseTopic(topicMap) is { } topic)
            {
                topics.Add(topic);
            }
        }

        return new ListeningCatalog(map.Message("told-more", required: true), map.Message("asked", required: true), topics.ToImmutable())
        {
            Agreed = map.Message("agreed", required: false),
        };
    }

    private static TopicListening? ParseTopic(YamlMap map)
    {
        var topic = map.Text("topic", required: true, "a name for it, e.g. parent-grooming");
        if (topic is not null)
        {
            map.What = $"the listening topic \"{topic}\"";
        }

        map.CheckKeys(ListeningTopicKeys);
        var where = Ids(map, "where", "where it applies: a flow, flow/step or alert:category, e.g. [worried-parent/grooming]");
        if (where.IsEmpty)
        {
            map.Error(map.Location, $"{map.What} needs \"where\": a flow, flow/step or alert:category, e.g. [bullying].");
        }

        var youngPerson = map.Message("young-person", required: false);
        var parent = map.Message("parent", required: false);
        if (youngPerson is null && parent is null)
        {
            map.Error(map.Location, $"{map.What} needs a \"young-person\" or a \"parent\" text.");
        }

        return topic is null || where.IsEmpty || (youngPerson ?? parent) is not { } text
            ? null
            : new TopicListening(topic, where, new Answer(topic, text, parent, Ids(map, "services")));
    }

    private static ImmutableArray<string> Ids(YamlMap map, string key, string hint = "service ids from services.yaml, e.g. [childline]") =>
        map.List(key, required: false, hint) is YamlSequenceNode list
            ? [.. list.Children.Select(s => map.ItemText(s, key)).OfType<string>()]
            : [];
}
