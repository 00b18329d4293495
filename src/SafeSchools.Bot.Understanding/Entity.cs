namespace SafeSchools.Bot.Understanding;

/// <summary>A value found in a message, such as an age.</summary>
/// <param name="Type">What it is, e.g. <c>age</c> or <c>role</c>.</param>
/// <param name="Value">Its value, e.g. <c>14</c> or <c>parent</c>.</param>
/// <param name="Text">The words it was read from.</param>
public sealed record Entity(string Type, string Value, string Text);
