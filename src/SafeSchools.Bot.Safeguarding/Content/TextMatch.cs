namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Something found in a text by <see cref="TextScanner"/>.</summary>
/// <param name="Value">The matched text.</param>
/// <param name="LineOffset">How many lines into the text it is (0 for the first line).</param>
public readonly record struct TextMatch(string Value, int LineOffset);
