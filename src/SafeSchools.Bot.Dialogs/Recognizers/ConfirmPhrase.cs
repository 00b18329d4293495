namespace SafeSchools.Bot.Dialogs.Recognizers;

/// <summary>A confirm phrase in normalised tokens, and what it means: yes, no, or null for "not sure".</summary>
internal sealed record ConfirmPhrase(string[] Tokens, bool? Value);
