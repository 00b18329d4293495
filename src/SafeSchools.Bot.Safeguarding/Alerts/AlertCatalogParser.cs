using System.Text.RegularExpressions;
using SafeSchools.Bot.Safeguarding.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>Reads and checks <c>alerts.yaml</c>, collecting every mistake with its line before refusing the file.</summary>
internal sealed class AlertCatalogParser(string fileName)
{
    private const string Certain = "certain";
    private const string Discussing = "discussing";
    private const string ClarifyParent = "clarify-parent";
    private const string ReplyParent = "reply-parent";
    private const string Uncertain = "uncertain";

    private readonly YamlMaps _yaml = new(fileName);

    public AlertCatalog Parse(TextReader reader)
    {
        var root = _yaml.LoadRoot(reader);
        if (root is null)
        {
            throw new CatalogException(_yaml.Errors);
        }

        var entries = _yaml.Entries(root, "the file", "terms", "idioms", Discussing, "categories");
        var compiler = new PatternCompiler(ReadTerms(entries));
        var idioms = ReadPatterns(compiler, _yaml.Items(entries, "idioms", "the file"), "idioms").Select(p => p.Expanded).OfType<string>().ToList();
        var discussing = ReadRules(compiler, Discussing, AlertCertainty.Certain, _yaml.Items(entries, Discussing, "the file"), Discussing).Select(r => r.Rule).ToList();
        var expanded = new Dictionary<AlertRule, string>();
        var categories = ReadCategories(compiler, entries, root, expanded);
        if (_yaml.Errors.Count > 0)
        {
            throw new CatalogException(_yaml.Errors);
        }

        var idiomRules = idioms.Select(expanded => new AlertRule("idiom", AlertCertainty.Certain, expanded, 0)
        {
            Matcher = compiler.Matcher(expanded),
            Anchored = PatternCompiler.Anchored(expanded),
            LeadingWords = LeadingWords.Of(expanded),
        });
        return new AlertCatalog(
            categories, new RuleIndex(idiomRules), new RuleIndex(discussing), new RuleIndex(categories.SelectMany(c => c.Rules)));
    }

    private Dictionary<string, string> ReadTerms(Dictionary<string, YamlNode> entries)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in _yaml.Pairs(entries, "terms", "the file"))
        {
            var name = key.Value ?? string.Empty;
            if (!Regex.IsMatch(name, "^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant))
            {
                _yaml.Error(key, $"the term name \"{name}\" must be lower-case letters, digits and hyphens");
            }
            else if (value is not YamlScalarNode { Value: { Length: > 0 } text })
            {
                _yaml.Error(value, $"the term \"{name}\" must be a pattern");
            }
            else if (PatternCompiler.TermProblem(RemoveTermReferences(text)) is { } problem)
            {
                _yaml.Error(value, $"the term \"{name}\" is not valid: {problem}");
            }
            else
            {
                terms[name] = text;
            }
        }

        return terms;
    }

    private static string RemoveTermReferences(string text) => Regex.Replace(text, @"\{[a-z][a-z0-9-]*\}", "x", RegexOptions.CultureInvariant);

    private List<AlertCategoryDefinition> ReadCategories(PatternCompiler compiler, Dictionary<string, YamlNode> entries, YamlNode root, Dictionary<AlertRule, string> expanded)
    {
        var found = new Dictionary<string, AlertCategoryDefinition>(StringComparer.Ordinal);
        foreach (var (key, value) in _yaml.Pairs(entries, "categories", "the file"))
        {
            var id = key.Value ?? string.Empty;
            if (!AlertCategories.InPriorityOrder.Contains(id))
            {
                _yaml.Error(key, $"\"{id}\" is not a known category; use one of: {string.Join(", ", AlertCategories.InPriorityOrder)}");
                continue;
            }

            if (value is not YamlMappingNode mapping)
            {
                _yaml.Error(value, $"the category \"{id}\" must hold reply, clarify, certain and uncertain");
                continue;
            }

            found[id] = ReadCategory(compiler, id, mapping, expanded);
        }

        foreach (var id in AlertCategories.InPriorityOrder.Where(id => !found.ContainsKey(id)))
        {
            _yaml.Error(entries.GetValueOrDefault("categories") ?? root, $"the category \"{id}\" is missing");
        }

        return [.. AlertCategories.InPriorityOrder.Where(found.ContainsKey).Select(id => found[id])];
    }

    private AlertCategoryDefinition ReadCategory(PatternCompiler compiler, string id, YamlMappingNode mapping, Dictionary<AlertRule, string> expanded)
    {
        var where = $"the category \"{id}\"";
        var entries = _yaml.Entries(mapping, where, "reply", ReplyParent, "clarify", ClarifyParent, Certain, Uncertain);
        var reply = _yaml.Text(entries, "reply", mapping, where, required: true) ?? string.Empty;
        var clarify = _yaml.Text(entries, "clarify", mapping, where, required: true) ?? string.Empty;
        var clarifyParent = _yaml.Text(entries, ClarifyParent, mapping, where, required: false);
        var replyParent = _yaml.Text(entries, ReplyParent, mapping, where, required: false);
        var certain = _yaml.Items(entries, Certain, where).ToList();
        var uncertain = _yaml.Items(entries, Uncertain, where).ToList();
        var rules = new List<AlertRule>();
        foreach (var (rule, pattern) in ReadRules(compiler, id, AlertCertainty.Certain, certain, where)
            .Concat(ReadRules(compiler, id, AlertCertainty.Uncertain, uncertain, where)))
        {
            rules.Add(rule);
            expanded[rule] = pattern;
        }

        if (certain.Count + uncertain.Count == 0)
        {
            _yaml.Error(mapping, $"{where} has no patterns under \"certain\" or \"uncertain\"");
        }

        return new AlertCategoryDefinition(id, reply.Trim(), clarify.Trim(), rules, clarifyParent?.Trim(), replyParent?.Trim())
        {
            ReplyLine = TextLine(entries.GetValueOrDefault("reply")),
            ReplyParentLine = TextLine(entries.GetValueOrDefault(ReplyParent)),
            ClarifyLine = TextLine(entries.GetValueOrDefault("clarify")),
            ClarifyParentLine = TextLine(entries.GetValueOrDefault(ClarifyParent)),
        };
    }

    // The line a text's first line is on: below the key for "key: |" blocks, as for the messages of flows and answers.
    private static int TextLine(YamlNode? node) =>
        YamlMaps.Line(node) + (node is YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded } ? 1 : 0);

    private IEnumerable<(AlertRule Rule, string Expanded)> ReadRules(PatternCompiler compiler, string id, AlertCertainty certainty, IEnumerable<YamlNode> items, string where)
    {
        foreach (var item in items)
        {
            var (patternNode, unlessNode) = SplitRule(item, where);
            if (patternNode is null)
            {
                continue;
            }

            var pattern = ReadPatterns(compiler, [patternNode], where).FirstOrDefault();
            var unless = unlessNode is null ? default : ReadPatterns(compiler, [unlessNode], where).FirstOrDefault();
            if (pattern.Expanded is null || (unlessNode is not null && unless.Expanded is null))
            {
                continue;
            }

            var rule = new AlertRule(id, certainty, pattern.Written, YamlMaps.Line(patternNode))
            {
                Matcher = compiler.Matcher(pattern.Expanded),
                Anchored = PatternCompiler.Anchored(pattern.Expanded),
                LeadingWords = LeadingWords.Of(pattern.Expanded),
                Unless = unless.Expanded is null ? null : compiler.Matcher(unless.Expanded),
            };
            yield return (rule, pattern.Expanded);
        }
    }

    // A rule is either a pattern, or "pattern:" with an "unless:" pattern for everyday uses of the same words.
    private (YamlNode? Pattern, YamlNode? Unless) SplitRule(YamlNode item, string where)
    {
        if (item is YamlScalarNode)
        {
            return (item, null);
        }

        if (item is YamlMappingNode mapping)
        {
            var entries = _yaml.Entries(mapping, $"a rule of {where}", "pattern", "unless");
            if (!entries.TryGetValue("pattern", out var pattern))
            {
                _yaml.Error(mapping, $"a rule of {where} has \"unless\" but no \"pattern\"");
            }

            return (pattern, entries.GetValueOrDefault("unless"));
        }

        _yaml.Error(item, $"each rule of {where} must be a pattern, or a \"pattern\" with an \"unless\"");
        return (null, null);
    }

    private List<(string Written, string? Expanded)> ReadPatterns(PatternCompiler compiler, IEnumerable<YamlNode> nodes, string where)
    {
        var patterns = new List<(string, string?)>();
        foreach (var node in nodes)
        {
            if (node is not YamlScalarNode { Value: { Length: > 0 } written })
            {
                _yaml.Error(node, $"each pattern in {where} must be some text");
                continue;
            }

            var (expanded, problem) = compiler.Check(written);
            if (problem is not null)
            {
                _yaml.Error(node, problem);
            }

            patterns.Add((written, expanded));
        }

        return patterns;
    }
}
