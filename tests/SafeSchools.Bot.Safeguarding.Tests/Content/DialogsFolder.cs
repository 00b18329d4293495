namespace SafeSchools.Bot.Safeguarding.Tests.Content;

/// <summary>Finds the repository's <c>dialogs/</c> folder by walking up from the test assembly to SafeSchools.Bot.sln.</summary>
public static class DialogsFolder
{
    public static string Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SafeSchools.Bot.sln")))
            {
                return Path.Combine(directory.FullName, "dialogs");
            }

            directory = directory.Parent;
        }

        throw new InvalidOperationException($"Could not find SafeSchools.Bot.sln above {AppContext.BaseDirectory}.");
    }
}
