using System.Text.Json;
using System.Text.Json.Serialization;

namespace SafeSchools.Bot.Connector.Schema;

/// <summary>A conversation on a channel.</summary>
/// <param name="Id">The channel's id for the conversation.</param>
public sealed record ConversationAccount(string? Id = null)
{
    /// <summary>Whether more than two members take part.</summary>
    public bool? IsGroup { get; init; }

    /// <summary>Teams: <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }

    /// <summary>The Microsoft Entra object id.</summary>
    public string? AadObjectId { get; init; }

    /// <summary>The role.</summary>
    public string? Role { get; init; }

    /// <summary>The tenant (Teams).</summary>
    public string? TenantId { get; init; }

    /// <summary>Fields this model does not know; kept unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
