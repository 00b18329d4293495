using System.Text;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>
/// Draws a flow as a Mermaid <c>flowchart TD</c> so officers can review a conversation without reading YAML: every
/// step (its id and the first words the bot says), every branch (choices and card buttons with their labels, yes/no,
/// next, goto another flow, web links), every handoff to a service, and where the flow ends.
/// </summary>
public static class FlowDiagram
{
    /// <summary>How many words of a step's text its box shows after the step id.</summary>
    public const int LabelWords = 6;

    /// <summary>Draws one flow.</summary>
    /// <param name="flow">The flow, as loaded from <c>dialogs/flows/</c>.</param>
    /// <param name="content">
    /// All content, to show service names and the titles of other flows; null shows their ids instead.
    /// </param>
    /// <returns>The Mermaid text, starting <c>flowchart TD</c>, with <c>\n</c> line endings.</returns>
    public static string Mermaid(Flow flow, SafeguardingContent? content = null)
    {
        ArgumentNullException.ThrowIfNull(flow);
        return new FlowDiagramWriter(flow, content).Write();
    }

    /// <summary>
    /// Makes text safe inside a quoted Mermaid label (<c>["..."]</c> or <c>|"..."|</c>): quotes, <c>#</c>, angle
    /// brackets, ampersands, bars and backticks become Mermaid entity codes (<c>"</c> is <c>#quot;</c>), and line
    /// breaks become spaces.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <returns>The escaped text.</returns>
    public static string EscapeLabel(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var code = c switch
            {
                '"' => "#quot;",
                '#' => "#35;",
                '<' => "#lt;",
                '>' => "#gt;",
                '&' => "#amp;",
                '|' => "#124;",
                '`' => "#96;",
                '\r' or '\n' or '\t' => " ",
                _ => null,
            };
            if (code is null)
            {
                escaped.Append(c);
            }
            else
            {
                escaped.Append(code);
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// The first <see cref="LabelWords"/> words of a message, without markdown emphasis or list dashes, with "…" when
    /// there is more.
    /// </summary>
    /// <param name="text">A message as written (markdown).</param>
    /// <returns>The short text (not yet escaped).</returns>
    public static string FirstWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Replace("*", string.Empty, StringComparison.Ordinal)
            .Replace("`", string.Empty, StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != "-")
            .ToList();
        var shown = string.Join(' ', words.Take(LabelWords));
        return words.Count > LabelWords ? shown + "…" : shown;
    }
}
