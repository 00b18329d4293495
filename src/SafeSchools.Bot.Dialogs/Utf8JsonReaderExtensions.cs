using System.Text.Json;

namespace SafeSchools.Bot.Dialogs;

/// <summary>Helpers for the converters that read state by hand as the serializer's contract would.</summary>
internal static class Utf8JsonReaderExtensions
{
    /// <summary>
    /// Whether the property name under the reader is <paramref name="name"/>, matched regardless of case as the contract
    /// matches names (web defaults); the exact UTF-8 name is tried first and needs no string.
    /// </summary>
    public static bool IsProperty(this ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8Name, string name) =>
        reader.ValueTextEquals(utf8Name) || string.Equals(reader.GetString(), name, StringComparison.OrdinalIgnoreCase);
}
