namespace SafeSchools.Bot.Commands;

/// <summary>Finds a folder of the repository (such as <c>dialogs</c>) from where the bot runs.</summary>
internal static class RepositoryFolder
{
    public static string Find(params string[] relative)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine([dir.FullName, .. relative]);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return Path.Combine(relative);
    }
}
