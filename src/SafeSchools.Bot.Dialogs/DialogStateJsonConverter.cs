using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SafeSchools.Bot.Dialogs;

/// <summary>
/// Reads and writes a <see cref="DialogState"/> by hand, as the serializer's contract would (<c>dialogStack</c>, each
/// instance's <c>id</c> and <c>state</c>; names matched regardless of case, unknown ones skipped), but in one pass: a
/// component's inner stack (<see cref="ComponentDialog.InnerStateKey"/>) is read straight into a
/// <see cref="DialogState"/> kept typed in its instance's state, so the stacks nested in each other are not parsed
/// again level by level, and no serializer frames are pushed for each level every turn.
/// </summary>
internal sealed class DialogStateJsonConverter : JsonConverter<DialogState>
{
    public override DialogState Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ExpectStartObject(ref reader, nameof(DialogState));
        List<DialogInstance>? stack = null;
        while (NextProperty(ref reader))
        {
            if (reader.IsProperty("dialogStack"u8, "dialogStack"))
            {
                reader.Read();
                stack = ReadStack(ref reader, options);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return stack is null ? new DialogState() : new DialogState { DialogStack = stack };
    }

    public override void Write(Utf8JsonWriter writer, DialogState value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteStartArray("dialogStack"u8);
        foreach (var instance in value.DialogStack)
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, instance.Id);
            writer.WritePropertyName("state"u8);
            instance.State.WriteTo(writer, options);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private List<DialogInstance> ReadStack(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("A dialog stack must be a JSON array.");
        }

        var stack = new List<DialogInstance>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            stack.Add(ReadInstance(ref reader, options));
        }

        return stack;
    }

    private DialogInstance ReadInstance(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        ExpectStartObject(ref reader, nameof(DialogInstance));
        string? id = null;
        JsonObject? state = null;
        while (NextProperty(ref reader))
        {
            if (reader.IsProperty("id"u8, "id"))
            {
                reader.Read();
                id = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("A dialog instance's id must be a string.");
            }
            else if (reader.IsProperty("state"u8, "state"))
            {
                reader.Read();
                state = ReadInstanceState(ref reader, options);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (id is null)
        {
            throw new JsonException("A dialog instance has no id.");
        }

        return state is null ? new DialogInstance { Id = id } : new DialogInstance { Id = id, State = state };
    }

    private JsonObject ReadInstanceState(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        ExpectStartObject(ref reader, "dialog instance's state");
        var nodeOptions = new JsonNodeOptions { PropertyNameCaseInsensitive = options.PropertyNameCaseInsensitive };
        var state = new JsonObject(nodeOptions);
        while (NextProperty(ref reader))
        {
            var name = reader.GetString()!;
            reader.Read();
            if (name == ComponentDialog.InnerStateKey)
            {
                var start = reader;
                if (TryReadInnerState(ref reader, options) is { } inner)
                {
                    state[name] = TypedStateValue.Create(inner);
                    continue;
                }

                reader = start;
            }

            state[name] = JsonNode.Parse(ref reader, nodeOptions);
        }

        return state;
    }

    // Only an object holding nothing but a dialog stack is read as one, so nothing else stored under the key is lost:
    // anything else gives null, and the caller reads the value again from where it started as plain JSON. (Read in
    // one pass: checking the shape first meant skipping over every nested stack once more at each level.)
    private DialogState? TryReadInnerState(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName
            || !reader.ValueTextEquals("dialogStack"u8) || !reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        try
        {
            var stack = ReadStack(ref reader, options);
            return reader.Read() && reader.TokenType == JsonTokenType.EndObject ? new DialogState { DialogStack = stack } : null;
        }
        catch (JsonException)
        {
            // Not a stack of dialog instances after all: kept as the JSON it is.
            return null;
        }
    }

    private static void ExpectStartObject(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A {what} must be a JSON object.");
        }
    }

    private static bool NextProperty(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType == JsonTokenType.PropertyName;
}
