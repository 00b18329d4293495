namespace SafeSchools.Bot.Content;

/// <summary>Where the reviewed content lives (section <c>Content</c>).</summary>
internal sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>The dialogs/ folder. Empty means: find it above the bot's folder (as in a clone of the repository).</summary>
    public string DialogsPath { get; set; } = string.Empty;

    public string ResolveDialogsPath() =>
        string.IsNullOrWhiteSpace(DialogsPath) ? Commands.RepositoryFolder.Find("dialogs") : DialogsPath;
}
