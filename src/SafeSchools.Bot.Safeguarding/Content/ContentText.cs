namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>A piece of text shown to the user (markdown), with where it starts in the file.</summary>
/// <param name="Value">The text, as written (markdown).</param>
/// <param name="Location">The line the text's first line is on.</param>
public sealed record ContentText(string Value, SourceLocation Location)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
