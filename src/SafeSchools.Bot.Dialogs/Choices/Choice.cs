using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs;

/// <summary>An option offered to the user.</summary>
/// <param name="Value">The value returned when chosen, and the button title by default.</param>
public sealed record Choice(string Value)
{
    /// <summary>The button to show instead of the default <c>imBack</c> of <see cref="Value"/>.</summary>
    public CardAction? Action { get; init; }

    /// <summary>Other words that choose this option.</summary>
    public IReadOnlyList<string>? Synonyms { get; init; }
}
