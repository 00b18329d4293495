namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Where a choice, button or <c>next:</c> sends the user.</summary>
/// <param name="Location">Where the reference is written.</param>
public abstract record Target(SourceLocation Location);
