namespace SafeSchools.Bot.Understanding.Tests.Infrastructure;

/// <summary>Paths inside the repository the tests run from.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Dialogs => Path.Combine(Root, "dialogs");

    public static string UnderstandingData => Path.Combine(Dialogs, "understanding");

    public static string TestFile(params string[] parts) =>
        Path.Combine([Root, "tests", "SafeSchools.Bot.Understanding.Tests", .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SafeSchools.Bot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("SafeSchools.Bot.sln not found above the test assembly.");
    }
}
