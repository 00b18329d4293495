namespace SafeSchools.Bot.Dialogs;

/// <summary>The choice the user picked.</summary>
/// <param name="Value">The choice's value.</param>
/// <param name="Index">The choice's zero-based index in the list offered.</param>
/// <param name="Score">How well the utterance matched, from 0 to 1.</param>
/// <param name="Synonym">The value, synonym or title that matched, if any.</param>
public sealed record FoundChoice(string Value, int Index, double Score, string? Synonym = null);
