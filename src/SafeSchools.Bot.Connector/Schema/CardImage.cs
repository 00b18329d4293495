namespace SafeSchools.Bot.Connector.Schema;

/// <summary>An image on a card.</summary>
/// <param name="Url">The image URL.</param>
/// <param name="Alt">Alternative text for screen readers.</param>
public sealed record CardImage(string Url, string? Alt = null)
{
    /// <summary>The action taken when the image is tapped.</summary>
    public CardAction? Tap { get; init; }
}
