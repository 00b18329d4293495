using System.Text.RegularExpressions;

namespace SafeSchools.Bot.Understanding.Data;

/// <summary>
/// Reads labelled examples in the LUDown shape Bot Framework tools use: <c># label</c> headings, <c>- example</c> lines,
/// <c>&gt; comments</c> and blank lines. Problems are reported as "file line N: reason" so an officer can fix them.
/// </summary>
public static partial class LuParser
{
    /// <summary>The longest example accepted, in characters.</summary>
    public const int MaxExampleLength = 500;

    /// <summary>Parses <paramref name="text"/>; <paramref name="file"/> names it in problems.</summary>
    public static IReadOnlyList<LabelledExample> Parse(string text, string file, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problems);
        var examples = new List<LabelledExample>();
        var seen = new HashSet<(string, string)>();
        string? label = null;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith('>'))
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                label = ReadLabel(line, file, lineNumber, problems);
                continue;
            }

            if (!line.StartsWith('-') && !line.StartsWith('*'))
            {
                problems.Add($"{file} line {lineNumber}: expected '# label', '- example' or '> comment'");
                continue;
            }

            var example = line[1..].Trim();
            if (label is null)
            {
                problems.Add($"{file} line {lineNumber}: an example before any '# label' heading");
            }
            else if (example.Length == 0)
            {
                problems.Add($"{file} line {lineNumber}: an empty example");
            }
            else if (example.Length > MaxExampleLength)
            {
                problems.Add($"{file} line {lineNumber}: an example of {example.Length} characters (at most {MaxExampleLength})");
            }
            else if (seen.Add((label, example.ToLowerInvariant())))
            {
                examples.Add(new LabelledExample(label, example, file, lineNumber));
            }
            else
            {
                problems.Add($"{file} line {lineNumber}: '{example}' is already an example of '{label}'");
            }
        }

        return examples;
    }

    private static string? ReadLabel(string line, string file, int lineNumber, ICollection<string> problems)
    {
        var name = line.TrimStart('#').Trim();
        if (LabelName().IsMatch(name))
        {
            return name;
        }

        problems.Add($"{file} line {lineNumber}: '{name}' is not a label name (lower-case words joined by '-')");
        return null;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex LabelName();
}
