using SafeSchools.Bot.Safeguarding.Text;

namespace SafeSchools.Bot.Safeguarding.Tests;

/// <summary>Where the tests find the repository's dialogs, the copied shared evaluation sets and their own data files.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot => DialogsFolder.FindRepositoryRoot();

    public static string Dialogs => DialogsFolder.Find();

    /// <summary>Copies of the team's shared development sets, kept in the repository so it needs nothing beside it.</summary>
    public static string SharedEval => TestData("SharedSets");

    /// <summary>The sources every fact the bot states must come from (a copy kept with the content).</summary>
    public static string SharedContent => Dialogs;

    public static string TestData(string relative) =>
        Path.Combine(RepositoryRoot, "tests", "SafeSchools.Bot.Safeguarding.Tests", relative);

    public static TheoryData<string, string> Labelled(string path)
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t', 2);
            data.Add(parts[0].Trim(), parts[1].Trim());
        }

        return data;
    }
}
