using System.Text.RegularExpressions;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Web;

/// <summary>
/// Web Chat and axe-core are committed as their npm packages ship them, so building, running and testing need no Node
/// or npm: the committed files are the versions scripts/update-vendored-js.sh pins, with their licences beside them.
/// </summary>
public sealed partial class VendoredScriptTests
{
    private static readonly string WebChatFolder = Path.Combine(RepositoryPaths.WebRoot, "lib");

    [Fact]
    public void WebChatBundle_IsThePinnedVersion_WithItsLicences()
    {
        var version = PinnedVersion("WEBCHAT_VERSION");
        var bundle = File.ReadAllText(Path.Combine(WebChatFolder, "webchat.js"));

        Assert.StartsWith("/*! For license information please see webchat.js.LICENSE.txt */", bundle, StringComparison.Ordinal);
        Assert.Contains($"\"botframework-webchat:bundle:version\",\"{version}\"", bundle, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(WebChatFolder, "webchat.js.LICENSE.txt")));
        var licence = File.ReadAllText(Path.Combine(WebChatFolder, "LICENSE-botframework-webchat.txt"));
        Assert.StartsWith($"Microsoft Bot Framework Web Chat {version} ", licence, StringComparison.Ordinal);
        Assert.Contains("MIT License", licence, StringComparison.Ordinal);
    }

    [Fact]
    public void AxeCore_IsThePinnedVersion_WithItsLicences()
    {
        var version = PinnedVersion("AXE_VERSION");
        var folder = Path.GetDirectoryName(RepositoryPaths.AxeScript)!;

        Assert.StartsWith($"/*! axe v{version}\n", File.ReadAllText(RepositoryPaths.AxeScript), StringComparison.Ordinal);
        Assert.StartsWith("Mozilla Public License, version 2.0", File.ReadAllText(Path.Combine(folder, "LICENSE")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "LICENSE-3RD-PARTY.txt")));
        Assert.StartsWith($"# axe-core {version}\n", File.ReadAllText(Path.Combine(folder, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void BotProject_RunsNoCommandWhenBuilding()
    {
        // The build once ran `npm ci`; it must build with the .NET SDK alone.
        var project = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "SafeSchools.Bot", "SafeSchools.Bot.csproj"));

        Assert.DoesNotContain("<Exec", project, StringComparison.OrdinalIgnoreCase);
    }

    private static string PinnedVersion(string name)
    {
        var match = PinPattern().Matches(File.ReadAllText(RepositoryPaths.VendoredScriptUpdater)).SingleOrDefault(m => m.Groups[1].Value == name);
        Assert.True(match is not null, $"{name} is not pinned in scripts/update-vendored-js.sh");
        return match.Groups[2].Value;
    }

    [GeneratedRegex(@"^([A-Z_]+_VERSION)=(\S+)$", RegexOptions.Multiline)]
    private static partial Regex PinPattern();
}
