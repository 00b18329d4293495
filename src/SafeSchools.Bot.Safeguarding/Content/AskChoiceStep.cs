using System.Collections.Immutable;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Ask a question with buttons; each option leads to a step or a flow.</summary>
/// <param name="Id">The step's id.</param>
/// <param name="Location">Where the step starts.</param>
/// <param name="Prompt">The question (markdown).</param>
/// <param name="Choices">The options, in order.</param>
/// <param name="SaveAs">Optional name under which the chosen label is stored in conversation state.</param>
public sealed record AskChoiceStep(string Id, SourceLocation Location, ContentText Prompt, ImmutableArray<Choice> Choices, string? SaveAs)
    : Step(Id, Location)
{
    /// <inheritdoc />
    public override IEnumerable<ContentText> Texts()
    {
        yield return Prompt;
        foreach (var choice in Choices)
        {
            yield return new ContentText(choice.Label, choice.Target.Location);
        }
    }

    /// <inheritdoc />
    public override IEnumerable<Target> Targets() => Choices.Select(c => c.Target);
}
