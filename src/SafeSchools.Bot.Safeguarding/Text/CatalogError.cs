namespace SafeSchools.Bot.Safeguarding.Text;

/// <summary>One problem found in an officer-edited YAML file, written so an officer can fix it.</summary>
/// <param name="File">The file name, e.g. <c>alerts.yaml</c>.</param>
/// <param name="Line">The 1-based line the problem is on, or 0 when it concerns the whole file.</param>
/// <param name="Reason">What is wrong, in plain words.</param>
public sealed record CatalogError(string File, int Line, string Reason)
{
    /// <summary>Formats the error as <c>alerts.yaml line 42: the pattern "(kill" is not valid: missing closing bracket</c>.</summary>
    public override string ToString() => Line > 0 ? $"{File} line {Line}: {Reason}" : $"{File}: {Reason}";
}
