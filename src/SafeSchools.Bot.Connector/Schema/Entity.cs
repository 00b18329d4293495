using System.Text.Json;
using System.Text.Json.Serialization;

namespace SafeSchools.Bot.Connector.Schema;

/// <summary>Metadata attached to an activity, such as a mention. Its fields besides <see cref="Type"/> are kept as sent.</summary>
public sealed record Entity
{
    /// <summary>The entity type, for example <c>mention</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The entity's other fields.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; init; }

    /// <summary>Reads this entity as a mention, or null when it is not one.</summary>
    public Mention? AsMention()
    {
        if (Type != Mention.EntityType || Properties is null)
        {
            return null;
        }

        var mentioned = Properties.TryGetValue("mentioned", out var m) && m.ValueKind == JsonValueKind.Object
            ? m.Deserialize(BotJson.Options.GetTypeInfo(typeof(ChannelAccount))) as ChannelAccount
            : null;
        var text = Properties.TryGetValue("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return new Mention(mentioned, text);
    }
}
