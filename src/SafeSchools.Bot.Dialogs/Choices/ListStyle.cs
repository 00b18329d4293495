namespace SafeSchools.Bot.Dialogs;

/// <summary>How choices are shown.</summary>
public enum ListStyle
{
    /// <summary>Not shown; the prompt text alone.</summary>
    None,

    /// <summary>Chosen for the channel by <see cref="ChoiceFactory.ForChannel"/>.</summary>
    Auto,

    /// <summary>Inline in the text: "A, B, or C".</summary>
    Inline,

    /// <summary>A numbered list in the text.</summary>
    List,

    /// <summary>Suggested-action buttons that disappear once used.</summary>
    SuggestedAction,

    /// <summary>A hero card of buttons.</summary>
    HeroCard,
}
