namespace SafeSchools.Bot.Connector;

/// <summary>The bot's logic for one turn.</summary>
/// <param name="turnContext">The turn.</param>
/// <param name="cancellationToken">Cancels the turn.</param>
public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);
