using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace SafeSchools.Bot.Teams;

/// <summary>
/// Builds the Teams app package (manifest.json + color.png + outline.png, zipped) from
/// <c>deployment/teams</c>, and checks the manifest carries the fields Teams requires.
/// </summary>
internal static class TeamsAppPackager
{
    public static IReadOnlyList<string> Build(string templateFolder, string appId, string websiteUrl, string outputZip)
    {
        var manifest = Render(templateFolder, appId, websiteUrl);
        var problems = Validate(manifest, templateFolder);
        if (problems.Count > 0)
        {
            return problems;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputZip))!);
        File.Delete(outputZip);
        using var zip = ZipFile.Open(outputZip, ZipArchiveMode.Create);
        var entry = zip.CreateEntry("manifest.json");
        using (var writer = new StreamWriter(entry.Open()))
        {
            writer.Write(manifest.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        }

        zip.CreateEntryFromFile(Path.Combine(templateFolder, "color.png"), "color.png");
        zip.CreateEntryFromFile(Path.Combine(templateFolder, "outline.png"), "outline.png");
        return [];
    }

    public static JsonNode Render(string templateFolder, string appId, string websiteUrl)
    {
        var host = Uri.TryCreate(websiteUrl, UriKind.Absolute, out var uri) ? uri.Host : string.Empty;
        var text = File.ReadAllText(Path.Combine(templateFolder, "manifest.template.json"))
            .Replace("{{APP_ID}}", appId, StringComparison.Ordinal)
            .Replace("{{WEBSITE_URL}}", websiteUrl.TrimEnd('/'), StringComparison.Ordinal)
            .Replace("{{BOT_DOMAIN}}", host, StringComparison.Ordinal);
        return JsonNode.Parse(text)!;
    }

    /// <summary>The problems that would stop Teams accepting the package, in plain words; empty when none.</summary>
    public static IReadOnlyList<string> Validate(JsonNode manifest, string templateFolder)
    {
        var problems = new List<string>();
        foreach (var field in new[] { "$schema", "manifestVersion", "version", "id", "developer", "name", "description", "icons", "accentColor", "bots" })
        {
            if (manifest[field] is null)
            {
                problems.Add($"The manifest has no \"{field}\".");
            }
        }

        if (!Guid.TryParse(manifest["id"]?.GetValue<string>(), out _))
        {
            problems.Add("The app id must be the Azure Bot's Microsoft App ID (a GUID).");
        }

        var bot = manifest["bots"]?[0];
        if (!Guid.TryParse(bot?["botId"]?.GetValue<string>(), out _))
        {
            problems.Add("bots[0].botId must be the Azure Bot's Microsoft App ID (a GUID).");
        }

        var scopes = bot?["scopes"]?.AsArray().Select(s => s!.GetValue<string>()).ToHashSet() ?? [];
        // A disclosure typed in a team or group chat is read by everyone in it: the bot is offered one to one only.
        if (!scopes.SetEquals(["personal"]))
        {
            problems.Add("The bot's scopes must be personal only: in a team or group chat everyone reads what a child types.");
        }

        var websiteUrl = manifest["developer"]?["websiteUrl"]?.GetValue<string>();
        if (!Uri.TryCreate(websiteUrl, UriKind.Absolute, out var site) || site.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add("developer.websiteUrl must be an https address.");
        }

        CheckIcon(templateFolder, "color.png", 192, problems);
        CheckIcon(templateFolder, "outline.png", 32, problems);
        return problems;
    }

    private static void CheckIcon(string folder, string name, int size, List<string> problems)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            problems.Add($"The icon {name} is missing.");
            return;
        }

        Span<byte> header = stackalloc byte[24];
        using var file = File.OpenRead(path);
        if (file.Read(header) < 24 || BinaryPrimitives.ReadInt32BigEndian(header[16..]) != size || BinaryPrimitives.ReadInt32BigEndian(header[20..]) != size)
        {
            problems.Add($"The icon {name} must be a {size}×{size} PNG.");
        }
    }
}
