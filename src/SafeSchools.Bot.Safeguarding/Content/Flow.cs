using System.Collections.Immutable;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>A conversation flow from <c>dialogs/flows/&lt;id&gt;.yaml</c>.</summary>
public sealed record Flow
{
    /// <summary>The flow's id; matches its file name.</summary>
    public required string Id { get; init; }

    /// <summary>The title, e.g. "I'm being bullied".</summary>
    public required string Title { get; init; }

    /// <summary>Who the flow is written for.</summary>
    public required Audience Audience { get; init; }

    /// <summary>The id of the first step (the <c>start:</c> key, or the first step in the file).</summary>
    public required string StartStepId { get; init; }

    /// <summary>The steps in file order.</summary>
    public required ImmutableArray<Step> Steps { get; init; }

    /// <summary>Where the flow is written (its file, line 1).</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The first step, or null if <see cref="StartStepId"/> names no step.</summary>
    public Step? StartStep => FindStep(StartStepId);

    /// <summary>Finds a step by id.</summary>
    /// <param name="stepId">The step id.</param>
    /// <returns>The first step with that id, or null.</returns>
    public Step? FindStep(string stepId) => Steps.FirstOrDefault(s => s.Id == stepId);

    /// <summary>
    /// The first question reached from <paramref name="stepId"/> through messages and hand-offs (the step itself when it
    /// is a question), or null when the flow ends or moves on to another flow first.
    /// </summary>
    public Step? FirstQuestionFrom(string stepId)
    {
        var step = FindStep(stepId);
        for (var hops = 0; step is not null && hops < Steps.Length; hops++)
        {
            switch (step)
            {
                case AskChoiceStep or AskConfirmStep or AskTextStep:
                    return step;
                case SayStep say:
                    step = FindStep(say.Next.StepId);
                    break;
                case HandoffStep handoff:
                    step = FindStep(handoff.Next.StepId);
                    break;
                default:
                    return null;
            }
        }

        return null;
    }
}
