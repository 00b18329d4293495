using System.Text.Json;
using System.Text.Json.Serialization;

namespace SafeSchools.Bot.Dialogs;

/// <summary>
/// Reads a <see cref="RememberedTurn"/> as its <see cref="RememberedTurnId"/>, as the contract would (names in any case,
/// the replies and anything else skipped), without the serializer's frame for each turn: every turn reads it.
/// </summary>
internal sealed class RememberedTurnIdJsonConverter : JsonConverter<RememberedTurnId>
{
    public override RememberedTurnId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A remembered turn must be a JSON object.");
        }

        string? activityId = null;
        DateTimeOffset at = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.IsProperty("activityId"u8, "activityId");
            var isAt = !isId && reader.IsProperty("at"u8, "at");
            reader.Read();
            if (isId)
            {
                activityId = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("A remembered turn's activityId must be a string.");
            }
            else if (isAt)
            {
                at = reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var time) ? time : throw new JsonException("A remembered turn's time must be an ISO 8601 date.");
            }
            else
            {
                reader.Skip();
            }
        }

        return new RememberedTurnId(activityId ?? throw new JsonException("A remembered turn has no activityId."), at);
    }

    public override void Write(Utf8JsonWriter writer, RememberedTurnId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("activityId"u8, value.ActivityId);
        writer.WriteString("at"u8, value.At);
        writer.WriteEndObject();
    }
}
