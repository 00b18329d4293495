using SafeSchools.Bot.Safeguarding.Text;

namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>
/// The alert categories, patterns and replies loaded from <c>dialogs/alerts.yaml</c>. Every pattern is checked and
/// compiled once, here; a file with mistakes is refused with every mistake listed by line.
/// </summary>
public sealed class AlertCatalog
{
    /// <summary>The file name looked for in the <c>dialogs/</c> folder.</summary>
    public const string FileName = "alerts.yaml";

    internal AlertCatalog(IReadOnlyList<AlertCategoryDefinition> categories, RuleIndex idioms, RuleIndex discussing, RuleIndex index)
    {
        Categories = categories;
        Idioms = idioms;
        Discussing = discussing;
        Index = index;
    }

    /// <summary>The categories in priority order.</summary>
    public IReadOnlyList<AlertCategoryDefinition> Categories { get; }

    /// <summary>Everyday sayings ("this homework is killing me") removed from a message before matching.</summary>
    internal RuleIndex Idioms { get; }

    /// <summary>
    /// Ways of talking about a risk rather than disclosing one (a PSHE lesson, the news, a film, what a word means): in a
    /// message that has one, the patterns leave the decision to the trained model.
    /// </summary>
    internal RuleIndex Discussing { get; }

    /// <summary>Which rules can begin at which words, so each message tries only the rules its words allow.</summary>
    internal RuleIndex Index { get; }

    /// <summary>Loads <c>alerts.yaml</c> from <paramref name="dialogsFolder"/> (or from the file, when given a file path).</summary>
    /// <exception cref="CatalogException">The file has mistakes; each is listed with its line.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static AlertCatalog Load(string dialogsFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogsFolder);
        var path = Directory.Exists(dialogsFolder) ? Path.Combine(dialogsFolder, FileName) : dialogsFolder;
        using var reader = File.OpenText(path);
        return Parse(reader, Path.GetFileName(path));
    }

    /// <summary>Reads the catalog from YAML text; <paramref name="fileName"/> names the file in error messages.</summary>
    /// <exception cref="CatalogException">The text has mistakes; each is listed with its line.</exception>
    public static AlertCatalog Parse(TextReader reader, string fileName = FileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new AlertCatalogParser(fileName).Parse(reader);
    }
}
