namespace SafeSchools.Bot.Connector.Schema;

/// <summary>Buttons shown under a message until the next message.</summary>
/// <param name="Actions">The buttons.</param>
public sealed record SuggestedActions(IReadOnlyList<CardAction> Actions)
{
    /// <summary>The account ids the buttons are for; empty means everyone.</summary>
    public IReadOnlyList<string>? To { get; init; }
}
