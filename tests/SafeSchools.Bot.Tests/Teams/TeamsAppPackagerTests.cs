using System.IO.Compression;
using System.Text.Json.Nodes;
using SafeSchools.Bot.Commands;
using SafeSchools.Bot.Teams;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Teams;

public sealed class TeamsAppPackagerTests
{
    private static readonly string Template = Path.Combine(RepositoryPaths.Root, "deployment", "teams");

    [Fact]
    public void TeamsPackageCommand_BuildsAZipWithAManifestTeamsAccepts()
    {
        var zipPath = Path.Combine(RepositoryPaths.Root, "artifacts", "teams", "SafeSchools.Bot.zip");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = BotCommandLine.Run(
            ["teams-package", "--app-id", "00000000-1111-2222-3333-444444444444", "--website", "https://safeschools.example.org", "--out", zipPath, "--template", Template],
            output, error);

        Assert.True(exit == 0, error.ToString());
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var manifest = JsonNode.Parse(reader.ReadToEnd())!;
        Assert.Empty(TeamsAppPackager.Validate(manifest, Template));
        Assert.Equal("00000000-1111-2222-3333-444444444444", manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(["safeschools.example.org"], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.StartsWith("https://developer.microsoft.com/json-schemas/teams/v1.", manifest["$schema"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("call 999", manifest["description"]!["full"]!.GetValue<string>(), StringComparison.Ordinal);
        // A disclosure typed in a team or group chat would be read by everyone there.
        Assert.Equal(["personal"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public void TeamsPackageCommand_AppIdNotAGuid_RefusesWithAReason()
    {
        var error = new StringWriter();

        var exit = BotCommandLine.Run(["teams-package", "--app-id", "my-bot", "--out", Path.GetTempFileName(), "--template", Template], new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Contains("Microsoft App ID (a GUID)", error.ToString(), StringComparison.Ordinal);
    }
}
