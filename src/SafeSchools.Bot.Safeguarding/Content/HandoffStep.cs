using System.Collections.Immutable;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Show services from the directory as contact cards (each card carries the 999 line), then continue.</summary>
/// <param name="Id">The step's id.</param>
/// <param name="Location">Where the step starts.</param>
/// <param name="Text">An optional message shown before the cards.</param>
/// <param name="Services">The services to show, in order.</param>
/// <param name="Next">The step that follows.</param>
public sealed record HandoffStep(string Id, SourceLocation Location, ContentText? Text, ImmutableArray<ServiceReference> Services, StepTarget Next)
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
    public override IEnumerable<Target> Targets()
    {
        yield return Next;
    }
}
