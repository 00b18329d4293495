namespace SafeSchools.Bot.Connector;

/// <summary>A step that runs around every turn, before and after the bot.</summary>
public interface IMiddleware
{
    /// <summary>Handles the turn; call <paramref name="next"/> to continue to the rest of the pipeline.</summary>
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default);
}
