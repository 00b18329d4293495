namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Ask for a typed answer, stored under <see cref="SaveAs"/>, then continue to <see cref="Next"/>.</summary>
/// <param name="Id">The step's id.</param>
/// <param name="Location">Where the step starts.</param>
/// <param name="Prompt">The question (markdown).</param>
/// <param name="SaveAs">The name under which the answer is stored in conversation state.</param>
/// <param name="Next">The step that follows.</param>
public sealed record AskTextStep(string Id, SourceLocation Location, ContentText Prompt, string SaveAs, StepTarget Next)
    : Step(Id, Location)
{
    /// <inheritdoc />
    public override IEnumerable<ContentText> Texts()
    {
        yield return Prompt;
    }

    /// <inheritdoc />
    public override IEnumerable<Target> Targets()
    {
        yield return Next;
    }
}
