namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>What the alert middleware found in this turn's message; kept in turn state for the bot and the trace.</summary>
/// <param name="Result">The detection.</param>
public sealed record AlertTurn(AlertResult Result);
