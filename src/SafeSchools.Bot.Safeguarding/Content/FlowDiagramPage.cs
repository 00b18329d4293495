using System.Globalization;
using System.Text;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>
/// The Markdown pages the <c>diagram</c> command writes: one per flow (a heading with its title and audience, where
/// it leads, and its <see cref="FlowDiagram"/> in a <c>mermaid</c> block), and an index of them all.
/// </summary>
public static class FlowDiagramPage
{
    /// <summary>The index page's file name.</summary>
    public const string IndexFileName = "README.md";

    /// <summary>The command that writes the pages, as officers and developers type it.</summary>
    public const string Command = "dotnet run --project src/SafeSchools.Bot -- diagram";

    /// <summary>The file name of a flow's page, e.g. <c>bullying.md</c>.</summary>
    /// <param name="flow">The flow.</param>
    /// <returns>The file name.</returns>
    public static string FileName(Flow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        return flow.Id + ".md";
    }

    /// <summary>How an audience reads on the pages.</summary>
    /// <param name="audience">The audience.</param>
    /// <returns>"young people", "parents and carers" or "everyone".</returns>
    public static string Describe(Audience audience) => audience switch
    {
        Audience.YoungPerson => "young people",
        Audience.Parent => "parents and carers",
        _ => "everyone",
    };

    /// <summary>A flow's page.</summary>
    /// <param name="flow">The flow.</param>
    /// <param name="content">All content, for service names and the other flows' titles and pages.</param>
    /// <returns>The Markdown, with <c>\n</c> line endings.</returns>
    public static string Markdown(Flow flow, SafeguardingContent content)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(content);
        var page = new StringBuilder();
        Line(page, $"# {Escape(flow.Title)} (for {Describe(flow.Audience)})");
        Line(page);
        Line(page, string.Create(CultureInfo.InvariantCulture, $"Flow `{flow.Id}` in `dialogs/flows/{flow.Id}.yaml`: {flow.Steps.Length} steps, starting at `{flow.StartStepId}`."));
        AddLinks(page, flow, content);
        Line(page);
        Line(page, "```mermaid");
        page.Append(FlowDiagram.Mermaid(flow, content));
        Line(page, "```");
        Line(page);
        Line(page, $"How to read it: see [the key]({IndexFileName}#how-to-read-the-diagrams). Made from the YAML by `{Command}`: change the YAML, not this page, then run the command again.");
        return page.ToString();
    }

    /// <summary>The index page: every flow with its audience and step count, and the key to the shapes.</summary>
    /// <param name="content">All content.</param>
    /// <returns>The Markdown, with <c>\n</c> line endings.</returns>
    public static string Index(SafeguardingContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var page = new StringBuilder();
        Line(page, "# Conversation flows");
        Line(page);
        Line(page, "One diagram per flow in `dialogs/flows/`, so the conversations can be reviewed without reading YAML.");
        Line(page, $"Made from the YAML by `{Command}`: change the YAML, not these pages, then run the command again.");
        Line(page);
        Line(page, "| flow | for | steps | written in |");
        Line(page, "|---|---|---|---|");
        foreach (var flow in content.Flows)
        {
            Line(page, string.Create(CultureInfo.InvariantCulture, $"| [{Escape(flow.Title)}]({FileName(flow)}) | {Describe(flow.Audience)} | {flow.Steps.Length} | `dialogs/flows/{flow.Id}.yaml` |"));
        }

        Line(page);
        AddKey(page);
        return page.ToString();
    }

    private static void AddLinks(StringBuilder page, Flow flow, SafeguardingContent content)
    {
        var flows = flow.Steps.SelectMany(s => s.Targets()).OfType<FlowTarget>().Select(t => t.FlowId).Distinct(StringComparer.Ordinal)
            .Select(id => content.FindFlow(id) is { } other ? $"[{Escape(other.Title)}]({FileName(other)})" : $"`{id}`")
            .ToList();
        var services = flow.Steps.OfType<HandoffStep>().SelectMany(h => h.Services).Select(s => s.ServiceId).Distinct(StringComparer.Ordinal)
            .Select(id => Escape(content.FindService(id)?.Name ?? id))
            .ToList();
        if (flows.Count > 0)
        {
            Line(page, "Leads to: " + string.Join(", ", flows) + ".");
        }

        if (services.Count > 0)
        {
            Line(page, "Hands over to: " + string.Join(", ", services) + ".");
        }
    }

    private static void AddKey(StringBuilder page)
    {
        Line(page, "## How to read the diagrams");
        Line(page);
        Line(page, "| shape | means |");
        Line(page, "|---|---|");
        Line(page, "| circle \"Start\" | where the flow begins |");
        Line(page, "| rectangle | the bot says something (the step id, then the first words of its message), hands over or goes to another flow |");
        Line(page, "| diamond | a question with buttons: each arrow is labelled with a button, or Yes / No |");
        Line(page, "| slanted box | a question answered by typing; its arrow says the name the answer is kept under |");
        Line(page, "| hexagon, dotted arrow | a service whose contact card is shown (from `dialogs/services.yaml`) |");
        Line(page, "| box with double sides | another flow the conversation moves to |");
        Line(page, "| rounded box, circle \"End\" | the flow ends; the bot then offers the main menu |");
        Line(page, "| arrow without a label | the bot carries on to the next step by itself |");
        Line(page);
        Line(page, "People can also type help, menu, restart, stop, \"I'm in danger now\" or forget me at any step; the bot handles");
        Line(page, "those itself, so the diagrams don't show them.");
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static void Line(StringBuilder page, string text = "") => page.Append(text).Append('\n');
}
