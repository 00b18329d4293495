using System.Text.Json.Serialization;

namespace SafeSchools.Bot.DirectLine;

/// <summary>The Direct Line 3.0 <c>Conversation</c> object.</summary>
internal sealed record DirectLineConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null);
