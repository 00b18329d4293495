using System.Globalization;
using SafeSchools.Bot.Safeguarding.Text;
using YamlDotNet.RepresentationModel;

namespace SafeSchools.Bot.Safeguarding.Routing;

/// <summary>Reads and checks <c>intents.yaml</c>, collecting every mistake with its line before refusing the file.</summary>
internal sealed class IntentCatalogParser(string fileName)
{
    private readonly YamlMaps _yaml = new(fileName);

    public IntentCatalog Parse(TextReader reader)
    {
        var root = _yaml.LoadRoot(reader);
        if (root is null)
        {
            throw new CatalogException(_yaml.Errors);
        }

        var entries = _yaml.Entries(root, "the file", "settings", "flows");
        var settings = ReadSettings(entries);
        var flows = new List<IntentFlow>();
        foreach (var (key, value) in _yaml.Pairs(entries, "flows", "the file"))
        {
            if (value is YamlMappingNode mapping)
            {
                flows.Add(ReadFlow(key.Value ?? string.Empty, mapping));
            }
            else
            {
                _yaml.Error(value, $"the flow \"{key.Value}\" must hold keywords and examples");
            }
        }

        if (flows.Count == 0)
        {
            _yaml.Error(root, "there are no flows under \"flows\"");
        }

        return _yaml.Errors.Count > 0 ? throw new CatalogException(_yaml.Errors) : new IntentCatalog(settings, flows);
    }

    private IntentSettings ReadSettings(Dictionary<string, YamlNode> entries)
    {
        var defaults = new IntentSettings();
        if (!entries.TryGetValue("settings", out var node))
        {
            return defaults;
        }

        if (node is not YamlMappingNode mapping)
        {
            _yaml.Error(node, "\"settings\" must hold minimum-score, minimum-margin and example-weight");
            return defaults;
        }

        var settings = _yaml.Entries(mapping, "settings", "minimum-score", "minimum-margin", "example-weight");
        return new IntentSettings(
            _yaml.Number(settings, "minimum-score", "settings") ?? defaults.MinimumScore,
            _yaml.Number(settings, "minimum-margin", "settings") ?? defaults.MinimumMargin,
            _yaml.Number(settings, "example-weight", "settings") ?? defaults.ExampleWeight);
    }

    private IntentFlow ReadFlow(string id, YamlMappingNode mapping)
    {
        var where = $"the flow \"{id}\"";
        var entries = _yaml.Entries(mapping, where, "keywords", "examples");
        var keywords = _yaml.Pairs(entries, "keywords", where).Select(pair => ReadKeyword(pair.Key, pair.Value, where)).OfType<IntentFeature>().ToList();
        var examples = new List<string>();
        foreach (var item in _yaml.Items(entries, "examples", where))
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } text })
            {
                examples.Add(text);
            }
            else
            {
                _yaml.Error(item, $"each example of {where} must be some text");
            }
        }

        if (keywords.Count == 0 && examples.Count == 0)
        {
            _yaml.Error(mapping, $"{where} has no keywords and no examples");
        }

        return new IntentFlow(id, keywords, examples)
        {
            ExampleWords = [.. examples.Select(e => IntentWords.Content(IntentWords.Tokens(e)))],
            KeywordsByFirstWord = keywords.Where(k => !IsWildcard(k.Words[0]))
                .GroupBy(k => k.Words[0], StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal),
            KeywordsStartingWithWildcard = [.. keywords.Where(k => IsWildcard(k.Words[0]))],
        };
    }

    private static bool IsWildcard(string word) => word == "#" || word.EndsWith('*');

    private IntentFeature? ReadKeyword(YamlScalarNode key, YamlNode value, string where)
    {
        var text = key.Value ?? string.Empty;
        if (value is not YamlScalarNode { Value: { } raw }
            || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
        {
            _yaml.Error(value, $"the keyword \"{text}\" of {where} needs a number for its weight, e.g. \"{text}: 3\"");
            return null;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w is "#" || w.EndsWith('*') ? w.ToLowerInvariant() : SafeguardingNormalizer.Normalize(w))
            .SelectMany(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        if (words.Count == 0)
        {
            _yaml.Error(key, $"the keyword \"{text}\" of {where} has no words");
            return null;
        }

        return new IntentFeature(text, weight, YamlMaps.Line(key)) { Words = words };
    }
}
