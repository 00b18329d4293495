namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>How the bot took this turn's message (for the trace): answer, command, reply, topic, identity, alert or miss.</summary>
/// <param name="Kind">The kind, in lower case.</param>
internal sealed record InterpretedTurn(string Kind);
