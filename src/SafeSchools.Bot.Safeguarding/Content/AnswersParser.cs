using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Reads <c>answers.yaml</c> into an <see cref="AnswerCatalog"/>.</summary>
internal static class AnswersParser
{
    public const string FileName = "answers.yaml";

    private static readonly string[] TopKeys = ["answers", "fallbacks"];
    private static readonly string[] AnswerKeys = ["intent", "young-person", "parent", "services"];
    private static readonly string[] FallbackKeys = ["first", "again", "again-services"];

    public static AnswerCatalog Parse(string dialogsFolder, List<ContentError> errors)
    {
        var path = Path.Combine(dialogsFolder, FileName);
        if (!File.Exists(path))
        {
            return AnswerCatalog.Empty;
        }

        var root = YamlFile.ReadRoot(path, FileName, errors);
        if (root is null)
        {
            return AnswerCatalog.Empty;
        }

        var top = new YamlMap(root, FileName, errors, FileName);
        top.CheckKeys(TopKeys);
        var answers = ImmutableArray.CreateBuilder<Answer>();
        foreach (var item in top.List("answers", required: true, "one \"- intent: ...\" block per answer")?.Children ?? [])
        {
            if (top.ItemMap(item, "an answer") is { } map && ParseAnswer(map) is { } answer)
            {
                answers.Add(answer);
            }
        }

        var fallbacks = top.Map("fallbacks", "the fallbacks") is { } fallbackMap ? ParseFallbacks(fallbackMap) : Fallbacks.Default;
        return new AnswerCatalog(answers.ToImmutable(), fallbacks ?? Fallbacks.Default);
    }

    private static Answer? ParseAnswer(YamlMap map)
    {
        var intent = map.Text("intent", required: true, "the intent it answers, e.g. question-real-person");
        if (intent is not null)
        {
            map.What = $"the answer to \"{intent}\"";
        }

        map.CheckKeys(AnswerKeys);
        var youngPerson = map.Message("young-person", required: true);
        var parent = map.Message("parent", required: false);
        var services = Ids(map, "services");
        return intent is null || youngPerson is null ? null : new Answer(intent, youngPerson, parent, services);
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
        return first.Count == 0 || again is null ? null : new Fallbacks(first.ToImmutable(), again, Ids(map, "again-services"));
    }

    private static ImmutableArray<string> Ids(YamlMap map, string key) =>
        map.List(key, required: false, "service ids from services.yaml, e.g. [childline]") is YamlSequenceNode list
            ? [.. list.Children.Select(s => map.ItemText(s, key)).OfType<string>()]
            : [];
}
