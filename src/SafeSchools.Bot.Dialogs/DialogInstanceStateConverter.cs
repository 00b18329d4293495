using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SafeSchools.Bot.Dialogs;

/// <summary>
/// Reads a dialog instance's state as <see cref="JsonObject"/> in one pass, with a component's inner stack
/// (<see cref="ComponentDialog.InnerStateKey"/>) read straight into a <see cref="DialogState"/>: the stacks nested in
/// each other are not parsed again, level by level, every turn. Writes the state as any <see cref="JsonObject"/>.
/// </summary>
internal sealed class DialogInstanceStateConverter : JsonConverter<JsonObject>
{
    private static ReadOnlySpan<byte> DialogStackName => "dialogStack"u8;

    public override JsonObject Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A dialog instance's state must be a JSON object.");
        }

        var nodeOptions = new JsonNodeOptions { PropertyNameCaseInsensitive = options.PropertyNameCaseInsensitive };
        var state = new JsonObject(nodeOptions);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            state[name] = name == ComponentDialog.InnerStateKey && IsDialogState(reader)
                ? TypedStateValue.Create(JsonSerializer.Deserialize<DialogState>(ref reader, options)!)
                : JsonNode.Parse(ref reader, nodeOptions);
        }

        return state;
    }

    public override void Write(Utf8JsonWriter writer, JsonObject value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        value.WriteTo(writer, options);
    }

    // Only an object holding nothing but a dialog stack is read as one, so nothing else stored under the key is lost.
    private static bool IsDialogState(Utf8JsonReader probe)
    {
        if (probe.TokenType != JsonTokenType.StartObject || !probe.Read())
        {
            return false;
        }

        if (probe.TokenType != JsonTokenType.PropertyName || !probe.ValueTextEquals(DialogStackName) || !probe.Read())
        {
            return false;
        }

        probe.Skip();
        return probe.Read() && probe.TokenType == JsonTokenType.EndObject;
    }
}
