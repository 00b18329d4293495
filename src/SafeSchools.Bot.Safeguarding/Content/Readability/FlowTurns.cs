using System.Collections.Immutable;

namespace SafeSchools.Bot.Safeguarding.Content.Readability;

/// <summary>
/// Splits a flow into the turns the bot sends, the way <c>FlowDialog</c> runs it: a say or handoff step sends its
/// message and goes straight on to its <c>next</c>; a question, an end or a goto stops the turn. A turn starts at the
/// flow's start and at every step that an answer (a choice, yes or no, a typed answer) or a card button leads to. A
/// goto's flow begins with its own first turn, measured with that flow.
/// </summary>
public static class FlowTurns
{
    /// <summary>The turns of one flow, the flow's first turn first, then by where their first step is written.</summary>
    /// <param name="flow">A loaded flow.</param>
    /// <returns>The turns.</returns>
    public static IReadOnlyList<FlowTurn> Of(Flow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var starts = new[] { flow.StartStepId }.Concat(flow.Steps.SelectMany(AnswerTargets))
            .Distinct(StringComparer.Ordinal)
            .Select(flow.FindStep)
            .OfType<Step>()
            .OrderBy(step => step.Id == flow.StartStepId ? 0 : 1)
            .ThenBy(step => flow.Steps.IndexOf(step));
        return [.. starts.Select(start => new FlowTurn(flow, start, Walk(flow, start)))];
    }

    // Where a step goes once the person has answered or pressed a button: a new turn starts there.
    private static IEnumerable<string> AnswerTargets(Step step)
    {
        IEnumerable<Target> targets = step switch
        {
            AskChoiceStep or AskConfirmStep or AskTextStep => step.Targets(),
            SayStep { Card: { } card } => card.Buttons.Select(b => b.Target),
            _ => [],
        };
        return targets.OfType<StepTarget>().Select(t => t.StepId);
    }

    private static ImmutableArray<Step> Walk(Flow flow, Step start)
    {
        var steps = ImmutableArray.CreateBuilder<Step>();
        for (Step? step = start; step is not null && !steps.Contains(step); step = Following(flow, step))
        {
            steps.Add(step);
        }

        return steps.ToImmutable();
    }

    private static Step? Following(Flow flow, Step step) => step switch
    {
        SayStep { Next: var next } => flow.FindStep(next.StepId),
        HandoffStep { Next: var next } => flow.FindStep(next.StepId),
        _ => null,
    };
}
