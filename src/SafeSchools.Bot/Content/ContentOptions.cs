namespace SafeSchools.Bot.Content;

/// <summary>Where the reviewed content lives (section <c>Content</c>).</summary>
internal sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>
    /// The dialogs/ folder, relative to the bot's folder unless absolute. Empty means: the nearest dialogs/ in the bot's
    /// folder or above it (as in a clone of the repository).
    /// </summary>
    public string DialogsPath { get; set; } = string.Empty;

    /// <summary>The dialogs/ folder for a bot whose folder is <paramref name="appFolder"/>, wherever it was started from.</summary>
    public string ResolveDialogsPath(string appFolder) =>
        string.IsNullOrWhiteSpace(DialogsPath)
            ? Commands.RepositoryFolder.FindAbove(appFolder, "dialogs") ?? Path.Combine(appFolder, "dialogs")
            : Path.GetFullPath(DialogsPath, appFolder);
}
