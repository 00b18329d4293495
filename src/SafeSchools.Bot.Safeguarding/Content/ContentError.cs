namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>One problem found in the content files, written for the officer who edits them.</summary>
/// <param name="Location">Where the problem is.</param>
/// <param name="Reason">What is wrong and how to fix it, in plain English.</param>
public sealed record ContentError(SourceLocation Location, string Reason)
{
    /// <summary>The file, relative to the <c>dialogs/</c> folder.</summary>
    public string File => Location.File;

    /// <summary>The 1-based line number.</summary>
    public int Line => Location.Line;

    /// <summary>The 1-based column, or 0 when not known.</summary>
    public int Column => Location.Column;

    /// <summary>Formats the error as <c>flows/bullying.yaml line 37: reason</c>.</summary>
    /// <returns>The readable error.</returns>
    public override string ToString() => $"{Location.File} line {Location.Line}: {Reason}";
}
