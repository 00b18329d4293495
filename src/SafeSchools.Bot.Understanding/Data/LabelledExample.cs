namespace SafeSchools.Bot.Understanding.Data;

/// <summary>One labelled line of training data, and where it was written.</summary>
/// <param name="Label">The label's name, e.g. <c>bullying</c> or <c>self-harm</c>.</param>
/// <param name="Text">The example as a person would type it.</param>
/// <param name="File">The file it came from (for error messages).</param>
/// <param name="Line">Its 1-based line number in that file.</param>
public sealed record LabelledExample(string Label, string Text, string File, int Line);
