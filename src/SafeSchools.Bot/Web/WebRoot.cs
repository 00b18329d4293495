namespace SafeSchools.Bot.Web;

/// <summary>
/// Finds the pages folder: <c>wwwroot</c> beside the project when run with <c>dotnet run</c>, or beside the
/// assembly when published; <c>--webroot</c> wins when given.
/// </summary>
internal static class WebRoot
{
    public static string? Locate(string[] args)
    {
        var index = Array.IndexOf(args, "--webroot");
        if (index >= 0 && index + 1 < args.Length)
        {
            return args[index + 1];
        }

        string[] candidates =
        [
            Path.Combine(Directory.GetCurrentDirectory(), "wwwroot"),
            Path.Combine(Directory.GetCurrentDirectory(), "src", "SafeSchools.Bot", "wwwroot"),
            Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        ];
        return candidates.FirstOrDefault(Directory.Exists);
    }
}
