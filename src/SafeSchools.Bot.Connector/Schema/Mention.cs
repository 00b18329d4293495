using System.Text.Json;

namespace SafeSchools.Bot.Connector.Schema;

/// <summary>An @mention of an account in a message's text.</summary>
/// <param name="Mentioned">Who was mentioned.</param>
/// <param name="Text">The mention as it appears in the text, for example <c>&lt;at&gt;Bot&lt;/at&gt;</c>.</param>
public sealed record Mention(ChannelAccount? Mentioned, string? Text)
{
    /// <summary>The entity type of a mention.</summary>
    public const string EntityType = "mention";

    /// <summary>Converts this mention to an <see cref="Entity"/>.</summary>
    public Entity ToEntity() => new()
    {
        Type = EntityType,
        Properties = new Dictionary<string, JsonElement>
        {
            ["mentioned"] = JsonSerializer.SerializeToElement(Mentioned, BotJson.Options),
            ["text"] = JsonSerializer.SerializeToElement(Text, BotJson.Options),
        },
    };
}
