namespace SafeSchools.Bot.Safeguarding.Text;

/// <summary>Reads evaluation files: one <c>expected&lt;TAB&gt;utterance</c> per line; blank lines and <c>#</c> comments are skipped.</summary>
internal static class LabelledLines
{
    public static IEnumerable<(int Line, string Expected, string Utterance)> Read(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new FormatException($"line {number}: expected \"label<TAB>utterance\" but found no tab");
            }

            yield return (number, line[..tab].Trim(), line[(tab + 1)..].Trim());
        }
    }
}
