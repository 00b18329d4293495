using System.Collections.Immutable;
using System.Text;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Builds the Mermaid text of one flow for <see cref="FlowDiagram"/>: the nodes first, then the edges.</summary>
internal sealed class FlowDiagramWriter(Flow flow, SafeguardingContent? content)
{
    private const string Indent = "    ";
    private const string OtherFlowClass = "otherFlow";
    private const string ServiceClass = "service";
    private const string TerminalClass = "terminal";
    private const string MissingClass = "missing";

    private static readonly ImmutableArray<(string Name, string Style)> Classes =
    [
        (OtherFlowClass, "fill:#e8f0fe,stroke:#1a73e8"),
        (ServiceClass, "fill:#e6f4ea,stroke:#188038"),
        (TerminalClass, "fill:#f1f3f4,stroke:#5f6368"),
        (MissingClass, "fill:#fce8e6,stroke:#d93025"),
    ];

    private readonly MermaidIds _ids = new();
    private readonly List<string> _nodes = [];
    private readonly List<string> _edges = [];
    private readonly List<(string Node, string Class)> _classed = [];

    public string Write()
    {
        var start = Declare("marker", "start", "Start", "((", "))", TerminalClass);
        foreach (var step in flow.Steps)
        {
            DeclareStep(step);
        }

        Edge(start, StepNode(flow.StartStepId));
        foreach (var step in flow.Steps)
        {
            AddEdges(step);
        }

        return Render();
    }

    private string Render()
    {
        var text = new StringBuilder("flowchart TD\n");
        foreach (var line in _nodes.Concat(_edges))
        {
            text.Append(Indent).Append(line).Append('\n');
        }

        foreach (var (name, style) in Classes)
        {
            var nodes = _classed.Where(c => c.Class == name).Select(c => c.Node).ToList();
            if (nodes.Count > 0)
            {
                text.Append(Indent).Append("classDef ").Append(name).Append(' ').Append(style).Append('\n');
                text.Append(Indent).Append("class ").Append(string.Join(',', nodes)).Append(' ').Append(name).Append('\n');
            }
        }

        return text.ToString();
    }

    private void DeclareStep(Step step)
    {
        var (open, close) = step switch
        {
            AskChoiceStep or AskConfirmStep => ("{", "}"),
            AskTextStep => ("[/", "/]"),
            EndStep => ("([", "])"),
            _ => ("[", "]"),
        };
        Declare("step", step.Id, step.Id + ": " + Summary(step), open, close, cssClass: null);
    }

    private static string Summary(Step step) => step switch
    {
        SayStep say => FlowDiagram.FirstWords(say.Text.Value),
        AskChoiceStep ask => FlowDiagram.FirstWords(ask.Prompt.Value),
        AskConfirmStep ask => FlowDiagram.FirstWords(ask.Prompt.Value),
        AskTextStep ask => FlowDiagram.FirstWords(ask.Prompt.Value),
        HandoffStep { Text: { } text } => FlowDiagram.FirstWords(text.Value),
        HandoffStep => "contact cards",
        GotoStep => "go to another flow",
        EndStep { Text: { } text } => FlowDiagram.FirstWords(text.Value),
        EndStep => "end",
        _ => step.GetType().Name,
    };

    private void AddEdges(Step step)
    {
        var from = StepNode(step.Id);
        switch (step)
        {
            case SayStep say:
                foreach (var button in say.Card?.Buttons ?? [])
                {
                    Edge(from, TargetNode(button.Target), button.Label);
                }

                Edge(from, StepNode(say.Next.StepId));
                break;
            case AskChoiceStep ask:
                foreach (var choice in ask.Choices)
                {
                    Edge(from, TargetNode(choice.Target), choice.Label);
                }

                break;
            case AskConfirmStep confirm:
                Edge(from, StepNode(confirm.Yes.StepId), "Yes");
                Edge(from, StepNode(confirm.No.StepId), "No");
                break;
            case AskTextStep text:
                Edge(from, StepNode(text.Next.StepId), "typed answer, kept as " + text.SaveAs);
                break;
            case HandoffStep handoff:
                AddHandoffEdges(from, handoff);
                break;
            case GotoStep go:
                Edge(from, FlowNode(go.Flow.FlowId));
                break;
            case EndStep:
                Edge(from, Declare("marker", "end", "End: the bot offers the main menu", "((", "))", TerminalClass));
                break;
        }
    }

    private void AddHandoffEdges(string from, HandoffStep handoff)
    {
        foreach (var service in handoff.Services)
        {
            var name = content?.FindService(service.ServiceId)?.Name ?? service.ServiceId;
            var node = Declare("service", service.ServiceId, name, "{{", "}}", ServiceClass);
            _edges.Add(from + " -.->|\"contact card\"| " + node);
        }

        Edge(from, StepNode(handoff.Next.StepId));
    }

    private string TargetNode(Target target) => target switch
    {
        StepTarget step => StepNode(step.StepId),
        FlowTarget other => FlowNode(other.FlowId),
        UrlTarget url => Declare("link", url.Url, "Web: " + url.Url, ">", "]", cssClass: null),
        _ => throw new NotSupportedException($"A diagram can't show a target of type {target.GetType().Name}."),
    };

    private string StepNode(string stepId) =>
        flow.FindStep(stepId) is null
            ? Declare("missing", stepId, stepId + ": no such step in this flow", "[", "]", MissingClass)
            : Declare("step", stepId, stepId, "[", "]", cssClass: null);

    private string FlowNode(string flowId)
    {
        var title = content?.FindFlow(flowId)?.Title;
        return Declare("flow", flowId, title is null ? "Flow: " + flowId : $"Flow: {title} ({flowId})", "[[", "]]", OtherFlowClass);
    }

    private string Declare(string kind, string name, string label, string open, string close, string? cssClass)
    {
        var id = _ids.For(kind, name, out var isNew);
        if (isNew)
        {
            _nodes.Add(id + open + "\"" + FlowDiagram.EscapeLabel(label) + "\"" + close);
            if (cssClass is not null)
            {
                _classed.Add((id, cssClass));
            }
        }

        return id;
    }

    private void Edge(string from, string to, string? label = null) =>
        _edges.Add(label is null ? $"{from} --> {to}" : $"{from} -->|\"{FlowDiagram.EscapeLabel(label)}\"| {to}");
}
