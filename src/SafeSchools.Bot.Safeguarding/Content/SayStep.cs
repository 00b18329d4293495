namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Show a message (and optionally a card), then continue to <see cref="Next"/>.</summary>
/// <param name="Id">The step's id.</param>
/// <param name="Location">Where the step starts.</param>
/// <param name="Text">The message (markdown).</param>
/// <param name="Card">An optional card shown with the message.</param>
/// <param name="Next">The step that follows (the step below when <c>next:</c> is not written).</param>
public sealed record SayStep(string Id, SourceLocation Location, ContentText Text, Card? Card, StepTarget Next)
    : Step(Id, Location)
{
    /// <inheritdoc />
    public override IEnumerable<ContentText> Texts()
    {
        yield return Text;
        if (Card is not null)
        {
            yield return new ContentText(Card.Title, Location);
            foreach (var button in Card.Buttons)
            {
                yield return new ContentText(button.Label, button.Target.Location);
            }
        }
    }

    /// <inheritdoc />
    public override IEnumerable<Target> Targets()
    {
        if (Card is not null)
        {
            foreach (var button in Card.Buttons)
            {
                yield return button.Target;
            }
        }

        yield return Next;
    }
}
