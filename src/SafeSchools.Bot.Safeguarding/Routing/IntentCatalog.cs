using SafeSchools.Bot.Safeguarding.Text;

namespace SafeSchools.Bot.Safeguarding.Routing;

/// <summary>The flows, keywords, examples and thresholds loaded from <c>dialogs/intents.yaml</c>.</summary>
public sealed class IntentCatalog
{
    /// <summary>The file name looked for in the <c>dialogs/</c> folder.</summary>
    public const string FileName = "intents.yaml";

    internal IntentCatalog(IntentSettings settings, IReadOnlyList<IntentFlow> flows)
    {
        Settings = settings;
        Flows = flows;
    }

    /// <summary>The thresholds.</summary>
    public IntentSettings Settings { get; }

    /// <summary>The flows in file order.</summary>
    public IReadOnlyList<IntentFlow> Flows { get; }

    /// <summary>Loads <c>intents.yaml</c> from <paramref name="dialogsFolder"/> (or from the file, when given a file path).</summary>
    /// <exception cref="CatalogException">The file has mistakes; each is listed with its line.</exception>
    public static IntentCatalog Load(string dialogsFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogsFolder);
        var path = Directory.Exists(dialogsFolder) ? Path.Combine(dialogsFolder, FileName) : dialogsFolder;
        using var reader = File.OpenText(path);
        return Parse(reader, Path.GetFileName(path));
    }

    /// <summary>Reads the catalog from YAML text; <paramref name="fileName"/> names the file in error messages.</summary>
    /// <exception cref="CatalogException">The text has mistakes; each is listed with its line.</exception>
    public static IntentCatalog Parse(TextReader reader, string fileName = FileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new IntentCatalogParser(fileName).Parse(reader);
    }
}
