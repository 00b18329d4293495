namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Ask a yes/no question.</summary>
/// <param name="Id">The step's id.</param>
/// <param name="Location">Where the step starts.</param>
/// <param name="Prompt">The question (markdown).</param>
/// <param name="Yes">Where "yes" leads.</param>
/// <param name="No">Where "no" leads.</param>
/// <param name="SaveAs">Optional name under which the answer (true/false) is stored in conversation state.</param>
public sealed record AskConfirmStep(string Id, SourceLocation Location, ContentText Prompt, StepTarget Yes, StepTarget No, string? SaveAs)
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
        yield return Yes;
        yield return No;
    }
}
