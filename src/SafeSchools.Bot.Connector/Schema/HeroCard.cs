namespace SafeSchools.Bot.Connector.Schema;

/// <summary>A card with a title, text, optional images and buttons.</summary>
public sealed record HeroCard
{
    /// <summary>The attachment content type of a hero card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.hero";

    /// <summary>The title.</summary>
    public string? Title { get; init; }

    /// <summary>The subtitle.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The text (markdown on most channels).</summary>
    public string? Text { get; init; }

    /// <summary>Images.</summary>
    public IReadOnlyList<CardImage>? Images { get; init; }

    /// <summary>Buttons.</summary>
    public IReadOnlyList<CardAction>? Buttons { get; init; }

    /// <summary>The action taken when the card is tapped.</summary>
    public CardAction? Tap { get; init; }

    /// <summary>Wraps this card in an attachment.</summary>
    public Attachment ToAttachment() => new() { ContentType = ContentType, Content = this };
}
