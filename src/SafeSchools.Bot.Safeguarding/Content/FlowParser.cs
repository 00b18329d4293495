using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Reads <c>flows/*.yaml</c> into <see cref="Flow"/> records.</summary>
internal static class FlowParser
{
    public const string FolderName = "flows";

    private static readonly string[] FlowKeys = ["id", "title", "audience", "start", "steps"];
    private static readonly string[] KindKeys = ["say", "ask", "handoff", "goto", "end"];
    private static readonly string[] AllStepKeys = ["id", "say", "ask", "handoff", "goto", "end", "card", "next", "choices", "confirm", "save_as"];
    private static readonly string[] SayKeys = ["id", "say", "card", "next"];
    private static readonly string[] AskKeys = ["id", "ask", "choices", "confirm", "save_as", "next"];
    private static readonly string[] HandoffKeys = ["id", "handoff", "say", "next"];
    private static readonly string[] GotoKeys = ["id", "goto"];
    private static readonly string[] EndKeys = ["id", "end"];
    private static readonly string[] CardKeys = ["title", "buttons"];
    private static readonly string[] ButtonKeys = ["label", "next", "goto", "url"];
    private static readonly string[] ChoiceKeys = ["label", "next", "goto", "means", "mentions"];
    private static readonly string[] ConfirmKeys = ["yes", "no"];

    public static ImmutableArray<Flow> ParseAll(string dialogsFolder, List<ContentError> errors)
    {
        var folder = Path.Combine(dialogsFolder, FolderName);
        if (!Directory.Exists(folder))
        {
            errors.Add(new ContentError(SourceLocation.StartOf(FolderName + "/"), "The flows folder is missing. Create dialogs/flows/ with one .yaml file per flow."));
            return [];
        }

        var flows = ImmutableArray.CreateBuilder<Flow>();
        var files = Directory.GetFiles(folder, "*.*")
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var file = FolderName + "/" + Path.GetFileName(path);
            var root = YamlFile.ReadRoot(path, file, errors);
            if (root is not null && Parse(root, file, Path.GetFileNameWithoutExtension(path), errors) is { } flow)
            {
                flows.Add(flow);
            }
        }

        return flows.ToImmutable();
    }

    private static Flow? Parse(YamlMappingNode root, string file, string fileId, List<ContentError> errors)
    {
        var map = new YamlMap(root, file, errors, "this flow");
        map.CheckKeys(FlowKeys);
        var id = map.Text("id", required: true, $"the flow's id, the same as the file name: {fileId}");
        if (id is not null && id != fileId)
        {
            map.Error(map.At(map.Find("id")!), $"The flow's id is \"{id}\" but the file is called {fileId}.yaml. They must match: rename the file or change the id.");
        }

        var title = map.Text("title", required: true, "what the user sees, e.g. I'm being bullied");
        var audienceText = map.Text("audience", required: true, "young-person, parent or everyone");
        Audience? audience = audienceText switch
        {
            null => null,
            "young-person" => Audience.YoungPerson,
            "parent" => Audience.Parent,
            "everyone" => Audience.Everyone,
            _ => null,
        };
        if (audienceText is not null && audience is null)
        {
            map.Error(map.At(map.Find("audience")!), $"\"audience:\" is \"{audienceText}\". It must be one of: young-person, parent, everyone.");
        }

        var stepsNode = map.List("steps", required: true, "the conversation, one step per \"- id:\"");
        var items = stepsNode?.Children.ToList() ?? [];
        var steps = ImmutableArray.CreateBuilder<Step>();
        for (var i = 0; i < items.Count; i++)
        {
            var stepMap = map.ItemMap(items[i], "a step");
            if (stepMap is null)
            {
                continue;
            }

            var following = i + 1 < items.Count && items[i + 1] is YamlMappingNode nextMap
                ? new YamlMap(nextMap, file, [], "a step").Text("id", required: false)
                : null;
            if (ParseStep(stepMap, following) is { } step)
            {
                steps.Add(step);
            }
        }

        var start = map.Text("start", required: false) ?? (steps.Count > 0 ? steps[0].Id : null);
        if (id is null || title is null || audience is null || start is null)
        {
            return null;
        }

        return new Flow
        {
            Id = id,
            Title = title,
            Audience = audience.Value,
            StartStepId = start,
            Steps = steps.ToImmutable(),
            Location = SourceLocation.StartOf(file),
        };
    }

    private static Step? ParseStep(YamlMap map, string? followingStepId)
    {
        var id = map.Text("id", required: true, "a short name for this step, unique in the flow");
        map.What = id is null ? "a step" : $"the step \"{id}\"";
        var kinds = KindKeys.Where(map.Has).ToList();
        var isHandoffWithIntro = kinds.Count == 2 && kinds.Contains("handoff") && kinds.Contains("say");
        if (kinds.Count == 0)
        {
            map.CheckKeys(AllStepKeys);
            map.Error(map.Location, $"{map.What} doesn't say what it does. Give it one of: say, ask, handoff, goto or end.");
            return null;
        }

        if (kinds.Count > 1 && !isHandoffWithIntro)
        {
            map.CheckKeys(AllStepKeys);
            map.Error(map.Location, $"{map.What} has {string.Join(" and ", kinds)}. A step does one thing: split it into separate steps (only handoff may also have a say).");
            return null;
        }

        var kind = isHandoffWithIntro ? "handoff" : kinds[0];
        var location = map.Location;
        switch (kind)
        {
            case "say":
            {
                map.CheckKeys(SayKeys, AllStepKeys, " on a say step");
                var text = map.Message("say", required: true);
                var card = ParseCard(map);
                var next = Next(map, followingStepId);
                return id is null || text is null || next is null ? null : new SayStep(id, location, text, card, next);
            }

            case "ask":
                return ParseAsk(map, id, followingStepId);

            case "handoff":
            {
                map.CheckKeys(HandoffKeys, AllStepKeys, " on a handoff step");
                var intro = map.Message("say", required: false);
                var services = ImmutableArray.CreateBuilder<ServiceReference>();
                if (map.List("handoff", required: true, "the ids of services from services.yaml, e.g. [childline, ceop]") is { } list)
                {
                    foreach (var item in list.Children)
                    {
                        if (map.ItemText(item, "handoff") is { } serviceId)
                        {
                            services.Add(new ServiceReference(serviceId, map.At(item)));
                        }
                    }
                }

                var next = Next(map, followingStepId);
                return id is null || next is null || services.Count == 0 ? null : new HandoffStep(id, location, intro, services.ToImmutable(), next);
            }

            case "goto":
            {
                map.CheckKeys(GotoKeys, AllStepKeys, " on a goto step (it leaves this flow)");
                var flowId = map.Text("goto", required: true, "the id of the flow to start");
                return id is null || flowId is null ? null : new GotoStep(id, location, new FlowTarget(flowId, map.At(map.Find("goto")!)));
            }

            default:
            {
                map.CheckKeys(EndKeys, AllStepKeys, " on an end step (nothing comes after it)");
                var node = map.Find("end")!;
                var text = node is YamlScalarNode { Value: null or "" } ? null : map.MessageFrom(node, "end", required: false);
                return id is null ? null : new EndStep(id, location, text);
            }
        }
    }

    private static Step? ParseAsk(YamlMap map, string? id, string? followingStepId)
    {
        map.CheckKeys(AskKeys, AllStepKeys, " on an ask step");
        var location = map.Location;
        var prompt = map.Message("ask", required: true);
        var saveAs = map.Text("save_as", required: false);
        if (map.Has("choices") && map.Has("confirm"))
        {
            map.Error(location, $"{map.What} has both choices and confirm. Use choices for buttons, or confirm for a yes/no question.");
            return null;
        }

        if (map.Has("choices"))
        {
            if (map.Has("next"))
            {
                map.Error(map.KeyLocation("next"), $"{map.What} has choices and also \"next:\". Each choice says where it goes, so remove \"next:\".");
            }

            var choices = ImmutableArray.CreateBuilder<Choice>();
            if (map.List("choices", required: true, "one \"- { label: ..., next: ... }\" per option") is { } list)
            {
                foreach (var item in list.Children)
                {
                    var choiceMap = map.ItemMap(item, $"a choice in {map.What}");
                    if (choiceMap is null)
                    {
                        continue;
                    }

                    choiceMap.CheckKeys(ChoiceKeys);
                    var label = choiceMap.Text("label", required: true, "the button text");
                    if (label is not null)
                    {
                        choiceMap.What = $"the choice \"{label}\" in {map.What}";
                    }

                    var target = ParseTarget(choiceMap, allowUrl: false);
                    var means = choiceMap.List("means", required: false, "intent names from dialogs/understanding, e.g. [i-am-parent]") is { } meansList
                        ? meansList.Children.Select(m => choiceMap.ItemText(m, "means")).OfType<string>().ToImmutableArray()
                        : [];
                    var mentions = choiceMap.List("mentions", required: false, "words that pick it in someone's own words, e.g. [tiktok, group chat]") is { } mentionsList
                        ? mentionsList.Children.Select(m => choiceMap.ItemText(m, "mentions")).OfType<string>().ToImmutableArray()
                        : [];
                    if (label is not null && target is not null)
                    {
                        choices.Add(new Choice(label, target) { Means = means, Mentions = mentions });
                    }
                }
            }

            return id is null || prompt is null || choices.Count == 0 ? null : new AskChoiceStep(id, location, prompt, choices.ToImmutable(), saveAs);
        }

        if (map.Has("confirm"))
        {
            if (map.Has("next"))
            {
                map.Error(map.KeyLocation("next"), $"{map.What} has confirm and also \"next:\". Say where yes and no go inside confirm, and remove \"next:\".");
            }

            var confirm = map.Map("confirm", $"the yes/no answers of {map.What}");
            if (confirm is null)
            {
                return null;
            }

            confirm.CheckKeys(ConfirmKeys);
            var yes = confirm.Text("yes", required: true, "the step to go to when the answer is yes");
            var no = confirm.Text("no", required: true, "the step to go to when the answer is no");
            return id is null || prompt is null || yes is null || no is null
                ? null
                : new AskConfirmStep(id, location, prompt, new StepTarget(yes, confirm.At(confirm.Find("yes")!)), new StepTarget(no, confirm.At(confirm.Find("no")!)), saveAs);
        }

        if (saveAs is null)
        {
            map.Error(location, $"{map.What} asks for a typed answer, so it needs \"save_as:\" (a name to keep the answer under). If you meant buttons, add \"choices:\".");
        }

        var next = Next(map, followingStepId);
        return id is null || prompt is null || saveAs is null || next is null ? null : new AskTextStep(id, location, prompt, saveAs, next);
    }

    private static Card? ParseCard(YamlMap map)
    {
        var card = map.Map("card", $"the card of {map.What}");
        if (card is null)
        {
            return null;
        }

        card.CheckKeys(CardKeys);
        var title = card.Text("title", required: true, "the card's heading");
        var buttons = ImmutableArray.CreateBuilder<CardButton>();
        if (card.List("buttons", required: true, "one \"- { label: ..., url: ... }\" per button") is { } list)
        {
            foreach (var item in list.Children)
            {
                var buttonMap = card.ItemMap(item, $"a button on the card of {map.What}");
                if (buttonMap is null)
                {
                    continue;
                }

                buttonMap.CheckKeys(ButtonKeys);
                var label = buttonMap.Text("label", required: true, "the button text");
                if (label is not null)
                {
                    buttonMap.What = $"the button \"{label}\" on {map.What}";
                }

                var target = ParseTarget(buttonMap, allowUrl: true);
                if (label is not null && target is not null)
                {
                    buttons.Add(new CardButton(label, target));
                }
            }
        }

        return title is null ? null : new Card(title, buttons.ToImmutable());
    }

    private static Target? ParseTarget(YamlMap map, bool allowUrl)
    {
        var present = (allowUrl ? ButtonKeys : ChoiceKeys).Where(k => k is not "label" and not "means" and not "mentions" && map.Has(k)).ToList();
        var options = allowUrl ? "\"next:\" (a step), \"goto:\" (a flow) or \"url:\" (a web address)" : "\"next:\" (a step) or \"goto:\" (a flow)";
        if (present.Count != 1)
        {
            map.Error(map.Location, present.Count == 0
                ? $"{map.What} doesn't say where it leads. Give it {options}."
                : $"{map.What} has {string.Join(" and ", present)}. Give it only one of {options}.");
            return null;
        }

        var key = present[0];
        var value = map.Text(key, required: true);
        if (value is null)
        {
            return null;
        }

        var location = map.At(map.Find(key)!);
        return key switch
        {
            "next" => new StepTarget(value, location),
            "goto" => new FlowTarget(value, location),
            _ => new UrlTarget(value, location),
        };
    }

    private static StepTarget? Next(YamlMap map, string? followingStepId)
    {
        if (map.Find("next") is { } node)
        {
            var value = map.Text("next", required: true);
            return value is null ? null : new StepTarget(value, map.At(node));
        }

        if (followingStepId is not null)
        {
            return new StepTarget(followingStepId, map.Location);
        }

        map.Error(map.Location, $"{map.What} is the last step, but nothing says what happens after it. Add \"next:\" or finish the flow with an \"end\" or \"goto\" step.");
        return null;
    }
}
