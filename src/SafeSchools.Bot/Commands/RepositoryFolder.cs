using SafeSchools.Bot.Safeguarding.Text;

namespace SafeSchools.Bot.Commands;

/// <summary>Finds a folder of the repository (such as <c>dialogs</c>) from where the bot runs.</summary>
internal static class RepositoryFolder
{
    public static string Find(params string[] relative) =>
        FindAbove(Directory.GetCurrentDirectory(), relative) ?? FindAbove(AppContext.BaseDirectory, relative) ?? Path.Combine(relative);

    /// <summary>The first folder <paramref name="relative"/> in <paramref name="start"/> or a folder above it, or null.</summary>
    public static string? FindAbove(string start, params string[] relative)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. relative]);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The repository root (the folder holding the solution file) above the current directory or the bot's own folder;
    /// the current directory when neither is inside the repository.
    /// </summary>
    public static string Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            try
            {
                return DialogsFolder.FindRepositoryRoot(start);
            }
            catch (DirectoryNotFoundException)
            {
            }
        }

        return Directory.GetCurrentDirectory();
    }

    /// <summary>
    /// A folder named on the command line: as given when it exists, else relative to the repository root (see
    /// <see cref="ResolveFile"/>).
    /// </summary>
    public static string ResolveFolder(string path) => Resolve(path, Directory.Exists);

    /// <summary>
    /// A file named on the command line: as given when it exists, else relative to the repository root, because
    /// <c>dotnet run --project</c> runs in the project's folder while people type paths from the root.
    /// </summary>
    public static string ResolveFile(string path) => Resolve(path, File.Exists);

    private static string Resolve(string path, Func<string, bool> exists)
    {
        if (exists(path) || Path.IsPathRooted(path))
        {
            return path;
        }

        try
        {
            return Path.GetFullPath(Path.Combine(DialogsFolder.FindRepositoryRoot(Directory.GetCurrentDirectory()), path));
        }
        catch (DirectoryNotFoundException)
        {
            return path;
        }
    }
}
