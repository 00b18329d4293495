namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>The outcome of loading <c>dialogs/</c>: the content when valid, and every error found.</summary>
/// <param name="Content">The content, or null when there were errors.</param>
/// <param name="Errors">Every problem found, in file and line order; empty when the content is valid.</param>
public sealed record ContentLoadResult(SafeguardingContent? Content, IReadOnlyList<ContentError> Errors)
{
    /// <summary>True when there were no errors.</summary>
    public bool IsValid => Errors.Count == 0 && Content is not null;
}
