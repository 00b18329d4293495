using System.Text.Json;
using System.Text.Json.Serialization;

namespace SafeSchools.Bot.Evaluation;

/// <summary>
/// One scripted conversation (a line of a <c>.jsonl</c> file): who is talking and their turns, each typed (<c>say</c>)
/// or a button pressed (<c>press</c>, a regular expression of its title), with what the reply must show (<c>expect</c>).
/// </summary>
/// <param name="Id">A name for reports.</param>
/// <param name="Persona">Who is talking, for people reading the file.</param>
/// <param name="Turns">The turns in order.</param>
internal sealed record ConversationScript(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("persona")] string? Persona,
    [property: JsonPropertyName("turns")] IReadOnlyList<ScriptedTurn> Turns)
{
    /// <summary>Reads a file of one conversation per line; a broken line is reported with its line number.</summary>
    /// <exception cref="FormatException">A line is not a conversation.</exception>
    public static IReadOnlyList<ConversationScript> ReadJsonl(string path)
    {
        var scripts = new List<ConversationScript>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var script = JsonSerializer.Deserialize<ConversationScript>(line);
                scripts.Add(script is { Id: not null, Turns: not null } ? script : throw new FormatException("it needs \"id\" and \"turns\""));
            }
            catch (Exception ex) when (ex is JsonException or FormatException)
            {
                throw new FormatException($"{Path.GetFileName(path)} line {lineNumber}: not a conversation ({ex.Message}).", ex);
            }
        }

        return scripts;
    }
}
