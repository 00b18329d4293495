using System.Collections.Immutable;

namespace SafeSchools.Bot.Safeguarding.Content.Readability;

/// <summary>
/// What a flow sends in one go before it waits for the person: from <see cref="Start"/> through every <c>say</c> and
/// <c>handoff</c> it chains to, up to and including the next question (<c>ask</c>), <c>end</c> or <c>goto</c>.
/// </summary>
/// <param name="Flow">The flow.</param>
/// <param name="Start">The step the turn starts at: the flow's start, or a step an answer or a card button leads to.</param>
/// <param name="Steps">The steps the turn runs, in order.</param>
public sealed record FlowTurn(Flow Flow, Step Start, ImmutableArray<Step> Steps)
{
    /// <summary>True for the flow's first turn.</summary>
    public bool IsFirst => Start.Id == Flow.StartStepId;

    /// <summary>
    /// The messages the person reads in this turn: each say, handoff and end text and the question. Button labels and
    /// the contact cards drawn from services.yaml are not included.
    /// </summary>
    public IEnumerable<ContentText> Messages() => Steps.Select(MessageOf).OfType<ContentText>();

    /// <summary>The turn's messages as one markdown text, a blank line between them.</summary>
    public string Text => string.Join("\n\n", Messages().Select(m => m.Value));

    private static ContentText? MessageOf(Step step) => step switch
    {
        SayStep say => say.Text,
        HandoffStep handoff => handoff.Text,
        AskChoiceStep ask => ask.Prompt,
        AskConfirmStep ask => ask.Prompt,
        AskTextStep ask => ask.Prompt,
        EndStep end => end.Text,
        _ => null,
    };
}
