namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Leave this flow and start another one.</summary>
/// <param name="Id">The step's id.</param>
/// <param name="Location">Where the step starts.</param>
/// <param name="Flow">The flow to start.</param>
public sealed record GotoStep(string Id, SourceLocation Location, FlowTarget Flow)
    : Step(Id, Location)
{
    /// <inheritdoc />
    public override IEnumerable<ContentText> Texts() => [];

    /// <inheritdoc />
    public override IEnumerable<Target> Targets()
    {
        yield return Flow;
    }
}
