namespace SafeSchools.Bot.Safeguarding.Text;

/// <summary>Finds the repository's <c>dialogs/</c> folder (next to <c>SafeSchools.Bot.sln</c>), for tests and tools.</summary>
public static class DialogsFolder
{
    /// <summary>The solution file that marks the repository root.</summary>
    public const string SolutionFileName = "SafeSchools.Bot.sln";

    /// <summary>Walks up from <paramref name="start"/> (default: the app's base directory) to the repository root.</summary>
    /// <exception cref="DirectoryNotFoundException">No folder above holds the solution file.</exception>
    public static string FindRepositoryRoot(string? start = null)
    {
        var directory = new DirectoryInfo(start ?? AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }

            directory = directory.Parent;
        }

        throw new DirectoryNotFoundException($"No folder above '{start ?? AppContext.BaseDirectory}' holds {SolutionFileName}.");
    }

    /// <summary>The <c>dialogs/</c> folder of the repository found from <paramref name="start"/>.</summary>
    public static string Find(string? start = null) => Path.Combine(FindRepositoryRoot(start), "dialogs");
}
