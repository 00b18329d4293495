using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SafeSchools.Bot.Safeguarding.Content;

namespace SafeSchools.Bot.Safeguarding.Tests.Content;

/// <summary>What a reviewer sees in the Mermaid diagram of a flow: every step, every branch, handoffs, escaping.</summary>
public sealed partial class FlowDiagramTests
{
    private static readonly Lazy<SafeguardingContent> RealContent = new(() => ContentLoader.Load(DialogsFolder.Locate()));
    private static readonly SourceLocation At = SourceLocation.StartOf("flows/test.yaml");

    public static TheoryData<string> RealFlowIds => new(RealContent.Value.Flows.Select(f => f.Id));

    [Theory]
    [MemberData(nameof(RealFlowIds))]
    public void Mermaid_RealFlow_ShowsEveryStepId(string flowId)
    {
        var flow = RealContent.Value.GetFlow(flowId);

        var diagram = FlowDiagram.Mermaid(flow, RealContent.Value);

        Assert.StartsWith("flowchart TD\n", diagram, StringComparison.Ordinal);
        foreach (var step in flow.Steps)
        {
            Assert.Contains($"\"{step.Id}: ", diagram, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RealFlowIds))]
    public void Mermaid_RealFlow_LabelsAnEdgeWithEveryChoiceAndYesNo(string flowId)
    {
        var flow = RealContent.Value.GetFlow(flowId);

        var edgeLabels = EdgeLabels(FlowDiagram.Mermaid(flow, RealContent.Value));

        foreach (var choice in flow.Steps.OfType<AskChoiceStep>().SelectMany(s => s.Choices))
        {
            Assert.Contains(choice.Label.Replace("\"", "#quot;", StringComparison.Ordinal), edgeLabels);
        }

        if (flow.Steps.OfType<AskConfirmStep>().Any())
        {
            Assert.Contains("Yes", edgeLabels);
            Assert.Contains("No", edgeLabels);
        }
    }

    [Theory]
    [MemberData(nameof(RealFlowIds))]
    public void Mermaid_RealFlow_HandoffsShowEveryServiceByName(string flowId)
    {
        var flow = RealContent.Value.GetFlow(flowId);

        var diagram = FlowDiagram.Mermaid(flow, RealContent.Value);

        foreach (var handoff in flow.Steps.OfType<HandoffStep>())
        {
            var step = NodeId(diagram, $"{handoff.Id}: ");
            foreach (var reference in handoff.Services)
            {
                var service = NodeId(diagram, FlowDiagram.EscapeLabel(RealContent.Value.GetService(reference.ServiceId).Name) + "\"}}");
                Assert.Contains($"{step} -.->|\"contact card\"| {service}\n", diagram, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(RealFlowIds))]
    public void Mermaid_RealFlow_HasValidNodeIdsAndBalancedQuotes(string flowId)
    {
        var diagram = FlowDiagram.Mermaid(RealContent.Value.GetFlow(flowId), RealContent.Value);

        AssertWellFormed(diagram);
    }

    [Fact]
    public void Mermaid_BullyingFlow_ShowsTheBranchesAnOfficerWrote()
    {
        var diagram = FlowDiagram.Mermaid(RealContent.Value.GetFlow("bullying"), RealContent.Value);

        Assert.Contains("step_where -->|\"Online\"| step_online\n", diagram, StringComparison.Ordinal);
        Assert.Contains("step_where -->|\"In person\"| step_dont_hit_back\n", diagram, StringComparison.Ordinal);
        Assert.Contains("step_anything_else -->|\"I'm in danger now\"| flow_emergency\n", diagram, StringComparison.Ordinal);
        Assert.Contains("flow_emergency[[\"Flow: I'm in danger now (emergency)\"]]", diagram, StringComparison.Ordinal);
        Assert.Contains("step_tell -.->|\"contact card\"| service_childline\n", diagram, StringComparison.Ordinal);
        Assert.Contains("step_done --> marker_end\n", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_SmallFlow_ShowsEveryKindOfStepAndBranch()
    {
        var diagram = FlowDiagram.Mermaid(SmallFlow());

        Assert.Contains("marker_start --> step_intro\n", diagram, StringComparison.Ordinal);
        Assert.Contains("step_intro -->|\"Childline site\"| link_https___www_childline_org_uk\n", diagram, StringComparison.Ordinal);
        Assert.Contains(">\"Web: https://www.childline.org.uk\"]", diagram, StringComparison.Ordinal);
        Assert.Contains("step_intro --> step_dont_hit_back\n", diagram, StringComparison.Ordinal);
        Assert.Contains("step_dont_hit_back -->|\"Leave\"| flow_menu\n", diagram, StringComparison.Ordinal);
        Assert.Contains("step_sure -->|\"Yes\"| step_name\n", diagram, StringComparison.Ordinal);
        Assert.Contains("step_sure -->|\"No\"| step_dont_hit_back\n", diagram, StringComparison.Ordinal);
        Assert.Contains("step_name -->|\"typed answer, kept as nickname\"| step_help\n", diagram, StringComparison.Ordinal);
        Assert.Contains("step_help -.->|\"contact card\"| service_nspcc_helpline\n", diagram, StringComparison.Ordinal);
        Assert.Contains("service_nspcc_helpline{{\"nspcc-helpline\"}}", diagram, StringComparison.Ordinal);
        Assert.Contains("step_help --> step_leave\n", diagram, StringComparison.Ordinal);
        Assert.Contains("step_leave --> flow_emergency\n", diagram, StringComparison.Ordinal);
        Assert.Contains("step_end([\"end: Bye for now.\"])", diagram, StringComparison.Ordinal);
        Assert.Contains("step_end --> marker_end\n", diagram, StringComparison.Ordinal);
        AssertWellFormed(diagram);
    }

    [Fact]
    public void Mermaid_SmallFlow_EscapesQuotesAndSpecialCharacters()
    {
        var diagram = FlowDiagram.Mermaid(SmallFlow());

        Assert.Contains("step_intro[\"intro: Say #quot;hi#quot; #amp; #lt;b#gt;wave#lt;/b#gt; #35;1 a|b…\"]".Replace("a|b", "a#124;b", StringComparison.Ordinal), diagram, StringComparison.Ordinal);
        Assert.Contains("-->|\"Go #quot;now#quot; #amp; #lt;fast#gt;\"| step_sure", diagram, StringComparison.Ordinal);
        Assert.DoesNotContain("\"hi\"", diagram, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", diagram, StringComparison.Ordinal);
        AssertWellFormed(diagram);
    }

    [Fact]
    public void Mermaid_LongText_ShowsTheStepIdAndFirstSixWords()
    {
        var diagram = FlowDiagram.Mermaid(SmallFlow());

        Assert.Contains("step_dont_hit_back{\"dont-hit-back: Don't hit back or get back…\"}", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_StepIdsThatAreMermaidKeywordsOrClash_GetDistinctValidIds()
    {
        var flow = Flow(
            new SayStep("end", At, Text("One."), null, Next("a-b")),
            new SayStep("a-b", At, Text("Two."), null, Next("a_b")),
            new EndStep("a_b", At, null));

        var diagram = FlowDiagram.Mermaid(flow);

        Assert.Contains("step_end --> step_a_b\n", diagram, StringComparison.Ordinal);
        Assert.Contains("step_a_b --> step_a_b_2\n", diagram, StringComparison.Ordinal);
        Assert.Contains("step_a_b_2([\"a_b: end\"])", diagram, StringComparison.Ordinal);
        AssertWellFormed(diagram);
    }

    [Fact]
    public void Mermaid_NextToAStepThatIsNotThere_ShowsItAsMissing()
    {
        var flow = Flow(new SayStep("start", At, Text("Hi."), null, Next("onlne")));

        var diagram = FlowDiagram.Mermaid(flow);

        Assert.Contains("missing_onlne[\"onlne: no such step in this flow\"]", diagram, StringComparison.Ordinal);
        Assert.Contains("step_start --> missing_onlne\n", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_RealFlow_HasTitleAudienceAndMermaidBlock()
    {
        var flow = RealContent.Value.GetFlow("worried-parent");

        var page = FlowDiagramPage.Markdown(flow, RealContent.Value);

        Assert.StartsWith("# I'm worried about my child (for parents and carers)\n", page, StringComparison.Ordinal);
        Assert.Contains("\n```mermaid\nflowchart TD\n", page, StringComparison.Ordinal);
        Assert.Contains("\n```\n", page, StringComparison.Ordinal);
        Assert.Contains("`dialogs/flows/worried-parent.yaml`", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_RealContent_LinksEveryFlowPage()
    {
        var index = FlowDiagramPage.Index(RealContent.Value);

        foreach (var flow in RealContent.Value.Flows)
        {
            Assert.Contains($"]({flow.Id}.md) | {FlowDiagramPage.Describe(flow.Audience)} |", index, StringComparison.Ordinal);
        }

        Assert.Contains("## How to read the diagrams", index, StringComparison.Ordinal);
    }

    private static Flow SmallFlow() => Flow(
        new SayStep(
            "intro",
            At,
            Text("**Say \"hi\"** & <b>wave</b> #1 a|b and more words here."),
            new Card("Help", [new CardButton("Childline site", new UrlTarget("https://www.childline.org.uk", At))]),
            Next("dont-hit-back")),
        new AskChoiceStep(
            "dont-hit-back",
            At,
            Text("Don't hit back or get back at them. Are you OK?"),
            [new Choice("Go \"now\" & <fast>", Next("sure")), new Choice("Leave", new FlowTarget("menu", At))],
            null),
        new AskConfirmStep("sure", At, Text("Are you sure?"), Next("name"), Next("dont-hit-back"), null),
        new AskTextStep("name", At, Text("What should I call you?"), "nickname", Next("help")),
        new HandoffStep("help", At, null, [new ServiceReference("nspcc-helpline", At)], Next("leave")),
        new GotoStep("leave", At, new FlowTarget("emergency", At)),
        new EndStep("end", At, Text("Bye for now.")));

    private static Flow Flow(params Step[] steps) => new()
    {
        Id = "test",
        Title = "Test flow",
        Audience = Audience.Everyone,
        StartStepId = steps[0].Id,
        Steps = [.. steps],
        Location = At,
    };

    private static ContentText Text(string value) => new(value, At);

    private static StepTarget Next(string stepId) => new(stepId, At);

    // The id of the node whose quoted label starts with the given text.
    private static string NodeId(string diagram, string labelStart)
    {
        var node = Regex.Match(diagram, @"^    (\w+)\W{1,2}""" + Regex.Escape(labelStart), RegexOptions.Multiline);
        Assert.True(node.Success, $"No node labelled \"{labelStart}...\" in:\n{diagram}");
        return node.Groups[1].Value;
    }

    private static ImmutableArray<string> EdgeLabels(string diagram) =>
        [.. EdgeLabel().Matches(diagram).Select(m => m.Groups["label"].Value)];

    // Every line is a node, an edge or a class line; ids are letters, digits and underscores and never a bare
    // Mermaid keyword; quotes come in pairs (any quote inside a label was escaped).
    private static void AssertWellFormed(string diagram)
    {
        var lines = diagram.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("flowchart TD", lines[0]);
        foreach (var line in lines.Skip(1))
        {
            Assert.True(WellFormedLine().IsMatch(line), $"Not a node, edge or class line: {line}");
            Assert.True(line.Count(c => c == '"') % 2 == 0, $"Unbalanced quotes: {line}");
            Assert.DoesNotContain('\r', line);
        }
    }

    [GeneratedRegex(@"-\.?->\|""(?<label>[^""]*)""\|")]
    private static partial Regex EdgeLabel();

    [GeneratedRegex(@"^    (?:(?:marker|step|missing|flow|service|link)_\w+(?:\(\(|\[\[|\[/|\(\[|\{\{|\[|\{|>)""[^""]*""(?:\)\)|\]\]|/\]|\]\)|\}\}|\]|\})|\w+ -\.?->(?:\|""[^""]*""\|)? \w+|classDef \w+ [\w:#,]+|class [\w,]+ \w+)$")]
    private static partial Regex WellFormedLine();
}
