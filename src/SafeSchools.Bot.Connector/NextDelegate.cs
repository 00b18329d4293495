namespace SafeSchools.Bot.Connector;

/// <summary>Runs the rest of the middleware pipeline and then the bot.</summary>
/// <param name="cancellationToken">Cancels the turn.</param>
public delegate Task NextDelegate(CancellationToken cancellationToken);
