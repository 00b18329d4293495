namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>End the flow, optionally with a closing message; the host then offers the main menu.</summary>
/// <param name="Id">The step's id.</param>
/// <param name="Location">Where the step starts.</param>
/// <param name="Text">An optional closing message.</param>
public sealed record EndStep(string Id, SourceLocation Location, ContentText? Text)
    : Step(Id, Location)
{
    /// <inheritdoc />
    public override IEnumerable<ContentText> Texts()
    {
        if (Text is not null)
        {
            yield return Text;
        }
    }

    /// <inheritdoc />
    public override IEnumerable<Target> Targets() => [];
}
