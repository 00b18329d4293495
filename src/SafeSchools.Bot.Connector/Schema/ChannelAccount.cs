using System.Text.Json;
using System.Text.Json.Serialization;

namespace SafeSchools.Bot.Connector.Schema;

/// <summary>A user or bot on a channel.</summary>
/// <param name="Id">The channel's id for the account.</param>
/// <param name="Name">The display name.</param>
public sealed record ChannelAccount(string? Id = null, string? Name = null)
{
    /// <summary>The account's Microsoft Entra object id (Teams).</summary>
    public string? AadObjectId { get; init; }

    /// <summary><c>user</c>, <c>bot</c> or <c>skill</c>.</summary>
    public string? Role { get; init; }

    /// <summary>Fields this model does not know; kept unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
