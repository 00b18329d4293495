using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Reads one YAML mapping with line numbers, recording officer-readable errors instead of throwing.</summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly List<ContentError> _errors;

    public YamlMap(YamlMappingNode node, string file, List<ContentError> errors, string what)
    {
        _node = node;
        _file = file;
        _errors = errors;
        What = what;
    }

    /// <summary>How errors name this block, e.g. <c>the step "where"</c>.</summary>
    public string What { get; set; }

    public SourceLocation Location => At(_node);

    public SourceLocation At(YamlNode node) => At(_file, node.Start);

    public static SourceLocation At(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    public bool Has(string key) => Find(key) is not null;

    public YamlNode? Find(string key)
    {
        foreach (var pair in _node.Children)
        {
            if (pair.Key is YamlScalarNode k && k.Value == key)
            {
                return pair.Value;
            }
        }

        return null;
    }

    public SourceLocation KeyLocation(string key)
    {
        foreach (var pair in _node.Children)
        {
            if (pair.Key is YamlScalarNode k && k.Value == key)
            {
                return At(pair.Key);
            }
        }

        return Location;
    }

    public void Error(SourceLocation location, string reason) => _errors.Add(new ContentError(location, reason));

    /// <summary>Reports every key not in <paramref name="allowed"/>, suggesting the closest known one.</summary>
    public void CheckKeys(IReadOnlyList<string> allowed, IReadOnlyList<string>? knownElsewhere = null, string? elsewhereHint = null)
    {
        foreach (var pair in _node.Children)
        {
            if (pair.Key is not YamlScalarNode { Value: { } key })
            {
                Error(At(pair.Key), $"{What} has a key that isn't plain text. Keys are words like \"id\" or \"next\".");
                continue;
            }

            if (allowed.Contains(key))
            {
                continue;
            }

            if (knownElsewhere is not null && knownElsewhere.Contains(key))
            {
                Error(At(pair.Key), $"{What} has \"{key}:\", which can't be used here{elsewhereHint}. Allowed here: {string.Join(", ", allowed)}.");
                continue;
            }

            var suggestion = Spelling.Closest(key, allowed);
            var didYouMean = suggestion is null ? string.Empty : $" Did you mean \"{suggestion}\"?";
            Error(At(pair.Key), $"{What} has \"{key}:\", which the bot doesn't know.{didYouMean} Allowed here: {string.Join(", ", allowed)}.");
        }
    }

    /// <summary>Reads a single piece of text; reports when it is missing (if required) or is a list/block.</summary>
    public string? Text(string key, bool required, string? hint = null)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required)
            {
                Error(Location, $"{What} needs \"{key}:\"{(hint is null ? string.Empty : " (" + hint + ")")}.");
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Error(At(node), $"\"{key}:\" in {What} should be a single piece of text, not a list or a block of keys.");
            return null;
        }

        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                Error(At(node), $"\"{key}:\" in {What} is empty. Write something after \"{key}:\".");
            }

            return null;
        }

        return value;
    }

    /// <summary>Reads user-facing text, keeping the line where the text itself starts (the line after "|" for blocks).</summary>
    public ContentText? Message(string key, bool required)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required)
            {
                Error(Location, $"{What} needs \"{key}:\".");
            }

            return null;
        }

        return MessageFrom(node, key, required);
    }

    public ContentText? MessageFrom(YamlNode node, string key, bool required)
    {
        if (node is not YamlScalarNode scalar)
        {
            Error(At(node), $"\"{key}:\" in {What} should be text. For several lines, write \"{key}: |\" and indent the lines below it.");
            return null;
        }

        var value = (scalar.Value ?? string.Empty).TrimEnd();
        if (value.Length == 0)
        {
            if (required)
            {
                Error(At(node), $"\"{key}:\" in {What} is empty. Write the message after \"{key}:\".");
            }

            return null;
        }

        var location = At(node);
        if (scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            location = location.AddLines(1);
        }

        return new ContentText(value, location);
    }

    public YamlMap? Map(string key, string what)
    {
        var node = Find(key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMappingNode map)
        {
            Error(At(node), $"\"{key}:\" in {What} should be a block of settings (key: value lines indented below it).");
            return null;
        }

        return new YamlMap(map, _file, _errors, what);
    }

    public YamlSequenceNode? List(string key, bool required, string hint)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required)
            {
                Error(Location, $"{What} needs \"{key}:\" ({hint}).");
            }

            return null;
        }

        if (node is YamlSequenceNode sequence)
        {
            if (sequence.Children.Count == 0 && required)
            {
                Error(At(node), $"\"{key}:\" in {What} is an empty list ({hint}).");
            }

            return sequence;
        }

        if (node is YamlScalarNode { Value: null or "" } && required)
        {
            Error(At(node), $"\"{key}:\" in {What} is empty ({hint}).");
            return null;
        }

        Error(At(node), $"\"{key}:\" in {What} should be a list: one item per line starting with \"- \", or [a, b] on one line.");
        return null;
    }

    public YamlMap? ItemMap(YamlNode item, string what)
    {
        if (item is YamlMappingNode map)
        {
            return new YamlMap(map, _file, _errors, what);
        }

        Error(At(item), $"Each item in this list should be a block of settings (like \"- id: ...\"), but this one is just \"{(item as YamlScalarNode)?.Value}\".");
        return null;
    }

    public string? ItemText(YamlNode item, string listName)
    {
        if (item is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return value.Trim();
        }

        Error(At(item), $"Each item in \"{listName}:\" should be a single word or id.");
        return null;
    }
}
