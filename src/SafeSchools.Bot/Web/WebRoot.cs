namespace SafeSchools.Bot.Web;

/// <summary>
/// Finds the pages folder from the bot's own folder, wherever it was started from: <c>wwwroot</c> beside the assembly
/// when published, or the project's <c>wwwroot</c> above the build output; <c>--webroot</c> wins when given.
/// </summary>
internal static class WebRoot
{
    public static string? Locate(string[] args)
    {
        var index = Array.IndexOf(args, "--webroot");
        return index >= 0 && index + 1 < args.Length
            ? args[index + 1]
            : Commands.RepositoryFolder.FindAbove(AppContext.BaseDirectory, "wwwroot");
    }
}
