namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Where something was written in the content files, so errors can point an officer to the right line.</summary>
/// <param name="File">The file, relative to the <c>dialogs/</c> folder, with forward slashes (e.g. <c>flows/bullying.yaml</c>).</param>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Column">The 1-based column, or 0 when not known.</param>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>A location for a whole file, when no line applies.</summary>
    /// <param name="file">The file, relative to the <c>dialogs/</c> folder.</param>
    /// <returns>A location on line 1 of the file.</returns>
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    /// <summary>The same file and column, some lines further down.</summary>
    /// <param name="lines">How many lines to move down.</param>
    /// <returns>The moved location (column unknown when moved).</returns>
    public SourceLocation AddLines(int lines) => lines == 0 ? this : this with { Line = Line + lines, Column = 0 };

    /// <inheritdoc />
    public override string ToString() => $"{File} line {Line}";
}
