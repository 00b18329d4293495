using SafeSchools.Bot.Teams;

namespace SafeSchools.Bot.Commands;

/// <summary>Commands run with <c>dotnet run --project src/SafeSchools.Bot -- &lt;command&gt;</c> instead of the web host.</summary>
internal static class BotCommandLine
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "teams-package";

    public static int Run(string[] args, TextWriter output, TextWriter error) => args[0] switch
    {
        "teams-package" => TeamsPackage(args, output, error),
        _ => Usage(error),
    };

    private static int TeamsPackage(string[] args, TextWriter output, TextWriter error)
    {
        var appId = Option(args, "--app-id") ?? Environment.GetEnvironmentVariable("Bot__MicrosoftAppId");
        var website = Option(args, "--website") ?? "https://localhost:3978";
        var outputZip = Option(args, "--out") ?? Path.Combine("artifacts", "teams", "SafeSchools.Bot.zip");
        var template = Option(args, "--template") ?? RepositoryFolder.Find("deployment", "teams");
        if (string.IsNullOrEmpty(appId))
        {
            error.WriteLine("Give the Azure Bot's Microsoft App ID: teams-package --app-id <guid> --website https://your-bot-host");
            return 2;
        }

        var problems = TeamsAppPackager.Build(template, appId, website, outputZip);
        foreach (var problem in problems)
        {
            error.WriteLine(problem);
        }

        if (problems.Count == 0)
        {
            output.WriteLine($"Teams app package written to {Path.GetFullPath(outputZip)}");
        }

        return problems.Count == 0 ? 0 : 1;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int Usage(TextWriter error)
    {
        error.WriteLine("Commands: teams-package --app-id <guid> [--website <https url>] [--out <zip>]");
        return 2;
    }
}
