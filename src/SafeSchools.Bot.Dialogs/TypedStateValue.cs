using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs;

/// <summary>
/// Values kept in a dialog instance's JSON state as the objects they are (a component's inner stack, a prompt's
/// options): they are serialized once, with the conversation's state, instead of to and from a JSON tree every time a
/// dialog runs. Written, they are the JSON the same object would have been as a tree.
/// </summary>
internal static class TypedStateValue
{
    /// <summary>A node holding <paramref name="value"/> itself; it becomes JSON only when the state is written.</summary>
    public static JsonValue Create<T>(T value)
        where T : notnull =>
        JsonValue.Create(value, (JsonTypeInfo<T>)BotJson.Options.GetTypeInfo(typeof(T)))!;

    /// <summary>
    /// Reads <paramref name="key"/> of <paramref name="state"/> as <typeparamref name="T"/>. JSON read from storage is
    /// deserialized once and the object put in its place, so later reads (and changes to it) need no JSON.
    /// </summary>
    public static bool TryRead<T>(JsonObject state, string key, [MaybeNullWhen(false)] out T value)
        where T : notnull
    {
        switch (state[key])
        {
            case JsonValue node when node.TryGetValue(out value):
                return true;
            case { } node:
                value = node.Deserialize<T>(BotJson.Options);
                if (value is null)
                {
                    return false;
                }

                state[key] = Create(value);
                return true;
            default:
                value = default;
                return false;
        }
    }
}
