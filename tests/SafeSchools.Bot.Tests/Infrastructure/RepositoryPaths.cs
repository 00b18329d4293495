namespace SafeSchools.Bot.Tests.Infrastructure;

/// <summary>Folders of this repository, found by walking up to SafeSchools.Bot.sln.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string WebRoot => Path.Combine(Root, "src", "SafeSchools.Bot", "wwwroot");

    public static string Dialogs => Path.Combine(Root, "dialogs");

    /// <summary>The bot as built beside these tests (same configuration), to run as its own process.</summary>
    public static string BotAssembly =>
        Path.Combine(Root, "src", "SafeSchools.Bot", Path.GetRelativePath(Path.Combine(Root, "tests", "SafeSchools.Bot.Tests"), AppContext.BaseDirectory), "SafeSchools.Bot.dll");

    /// <summary>Copies of the team's shared development sets (the repository needs nothing beside it).</summary>
    public static string SharedEval => Path.Combine(Root, "tests", "SafeSchools.Bot.Safeguarding.Tests", "SharedSets");

    /// <summary>axe-core, committed as its npm package ships it (scripts/update-vendored-js.sh).</summary>
    public static string AxeScript => Path.Combine(Root, "tests", "SafeSchools.Bot.Tests", "Web", "axe-core", "axe.min.js");

    /// <summary>The script that pins and refreshes the committed Web Chat bundle and axe-core.</summary>
    public static string VendoredScriptUpdater => Path.Combine(Root, "scripts", "update-vendored-js.sh");

    public static string Artifacts => Directory.CreateDirectory(Path.Combine(Root, "artifacts", "screenshots")).FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SafeSchools.Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find SafeSchools.Bot.sln above the test assembly.");
    }
}
