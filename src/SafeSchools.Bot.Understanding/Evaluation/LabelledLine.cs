namespace SafeSchools.Bot.Understanding.Evaluation;

/// <summary>One line of an evaluation file: the expected label and the message.</summary>
/// <param name="Expected">The label, e.g. <c>self-harm</c>, <c>bullying</c> or <c>none</c>.</param>
/// <param name="Text">The message.</param>
public sealed record LabelledLine(string Expected, string Text)
{
    /// <summary>Reads <c>label&lt;TAB&gt;message</c> lines; '#' starts a comment line.</summary>
    public static IReadOnlyList<LabelledLine> ReadTsv(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new List<LabelledLine>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.Length == 0 || line.StartsWith('#') || tab < 0)
            {
                continue;
            }

            lines.Add(new LabelledLine(line[..tab].Trim(), line[(tab + 1)..].Trim()));
        }

        return lines;
    }
}
