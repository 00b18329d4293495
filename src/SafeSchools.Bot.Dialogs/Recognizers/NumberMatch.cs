namespace SafeSchools.Bot.Dialogs.Recognizers;

/// <summary>A number found in an utterance.</summary>
/// <param name="Value">The number.</param>
/// <param name="TokenIndex">The index of its first normalised token.</param>
public sealed record NumberMatch(decimal Value, int TokenIndex);
