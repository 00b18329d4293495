namespace SafeSchools.Bot.Connector;

/// <summary>A bot: handles one turn at a time.</summary>
public interface IBot
{
    /// <summary>Handles an incoming activity.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
