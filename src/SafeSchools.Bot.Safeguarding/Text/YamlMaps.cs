using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SafeSchools.Bot.Safeguarding.Text;

/// <summary>Reads officer-edited YAML through the representation model so every error can name its line.</summary>
internal sealed class YamlMaps(string fileName)
{
    private readonly List<CatalogError> _errors = [];

    public IReadOnlyList<CatalogError> Errors => _errors;

    public void Error(YamlNode? node, string reason) => _errors.Add(new CatalogError(fileName, Line(node), reason));

    public static int Line(YamlNode? node) => node is null ? 0 : (int)node.Start.Line;

    public YamlMappingNode? LoadRoot(TextReader reader)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException exception)
        {
            _errors.Add(new CatalogError(fileName, (int)exception.Start.Line, $"the file is not valid YAML: {exception.Message}"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            _errors.Add(new CatalogError(fileName, 0, "the file is empty or does not start with a list of settings"));
            return null;
        }

        return root;
    }

    /// <summary>Reads a mapping's entries, reporting keys that are not allowed (typos such as <c>paterns</c>).</summary>
    public Dictionary<string, YamlNode> Entries(YamlMappingNode mapping, string where, params string[] allowed)
    {
        var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                Error(keyNode, $"\"{key}\" is not a known setting in {where}; use one of: {string.Join(", ", allowed)}");
                continue;
            }

            if (!entries.TryAdd(key, value))
            {
                Error(keyNode, $"\"{key}\" appears twice in {where}");
            }
        }

        return entries;
    }

    public string? Text(Dictionary<string, YamlNode> entries, string key, YamlNode owner, string where, bool required)
    {
        if (!entries.TryGetValue(key, out var node))
        {
            if (required)
            {
                Error(owner, $"{where} has no \"{key}\"");
            }

            return null;
        }

        if (node is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
        {
            Error(node, $"\"{key}\" in {where} must be some text");
            return null;
        }

        return value;
    }

    public double? Number(Dictionary<string, YamlNode> entries, string key, string where)
    {
        if (!entries.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } value }
            && double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Error(node, $"\"{key}\" in {where} must be a number");
        return null;
    }

    public IEnumerable<YamlNode> Items(Dictionary<string, YamlNode> entries, string key, string where)
    {
        if (!entries.TryGetValue(key, out var node))
        {
            return [];
        }

        if (node is YamlSequenceNode sequence)
        {
            return sequence.Children;
        }

        Error(node, $"\"{key}\" in {where} must be a list (each item on its own line starting with \"- \")");
        return [];
    }

    public IEnumerable<(YamlScalarNode Key, YamlNode Value)> Pairs(Dictionary<string, YamlNode> entries, string key, string where)
    {
        if (!entries.TryGetValue(key, out var node))
        {
            return [];
        }

        if (node is YamlMappingNode mapping)
        {
            return mapping.Children.Select(pair => (pair.Key as YamlScalarNode ?? new YamlScalarNode(string.Empty), pair.Value));
        }

        Error(node, $"\"{key}\" in {where} must be a list of \"name: value\" lines");
        return [];
    }
}
