using System.Text.Json;
using System.Text.Json.Serialization;

namespace SafeSchools.Bot.Connector.Schema;

/// <summary>A card or media attachment.</summary>
public sealed record Attachment
{
    /// <summary>The MIME type, for example <see cref="HeroCard.ContentType"/>.</summary>
    public string? ContentType { get; init; }

    /// <summary>A link to the content.</summary>
    public string? ContentUrl { get; init; }

    /// <summary>The embedded content, for example a <see cref="HeroCard"/>.</summary>
    public object? Content { get; init; }

    /// <summary>The attachment's name.</summary>
    public string? Name { get; init; }

    /// <summary>A thumbnail link.</summary>
    public string? ThumbnailUrl { get; init; }

    /// <summary>Fields this model does not know; kept unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
