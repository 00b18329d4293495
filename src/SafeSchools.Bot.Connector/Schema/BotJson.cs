using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SafeSchools.Bot.Connector.Schema;

/// <summary>
/// The JSON settings of the Bot Framework wire format: camelCase names, nulls and empty collections
/// omitted (schema rules A2004, A2100), unknown fields kept, dates as ISO-8601.
/// </summary>
public static class BotJson
{
    /// <summary>
    /// The wire rules as the serializer's reflection contract applies them, without the hand-written activity writer:
    /// what that writer must match. (Declared before <see cref="Options"/>, which is built from it.)
    /// </summary>
    internal static JsonSerializerOptions ContractOptions { get; } = CreateContractOptions();

    /// <summary>Shared, read-only serializer options for activities and everything inside them.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>How <see cref="Options"/> writes an <see cref="Activity"/> (the hand-written writer), to call directly.</summary>
    public static JsonTypeInfo<Activity> ActivityTypeInfo { get; } = (JsonTypeInfo<Activity>)Options.GetTypeInfo(typeof(Activity));

    /// <summary>A <see cref="Utf8JsonWriter"/>'s settings that write what <see cref="Options"/> writes.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = Options.Encoder,
        Indented = Options.WriteIndented,
        MaxDepth = Options.MaxDepth,
    };

    /// <summary>
    /// Writes <paramref name="activities"/> as a JSON array, each straight to the activity writer: the same bytes the
    /// serializer writes for the list with <see cref="Options"/>, without its resumable collection converter.
    /// </summary>
    public static void WriteActivities(Utf8JsonWriter writer, IEnumerable<Activity> activities)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(activities);
        writer.WriteStartArray();
        foreach (var activity in activities)
        {
            JsonSerializer.Serialize(writer, activity, ActivityTypeInfo);
        }

        writer.WriteEndArray();
    }

    // The reflection contract, plus a writer of activities by hand (the same JSON, written faster).
    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(ContractOptions)
        {
            Converters = { new ActivityJsonConverter((JsonTypeInfo<Activity>)ContractOptions.GetTypeInfo(typeof(Activity))) },
        };
        options.MakeReadOnly();
        return options;
    }

    private static JsonSerializerOptions CreateContractOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyCollections } },
            MaxDepth = 32,

            // Activities are JSON bodies, never embedded in HTML, so apostrophes in "you're" stay readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }

    private static void OmitEmptyCollections(JsonTypeInfo typeInfo)
    {
        // The rule is the Activity schema's; envelopes such as an expectReplies body always carry their list.
        if (typeInfo.Type.Assembly != typeof(Activity).Assembly || typeInfo.Type == typeof(ExpectedReplies))
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType)
                && !typeof(IDictionary<string, JsonElement>).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => value is not (null or ICollection { Count: 0 });
            }
        }
    }
}
