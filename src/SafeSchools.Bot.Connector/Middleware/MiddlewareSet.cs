namespace SafeSchools.Bot.Connector;

/// <summary>An ordered pipeline of middleware that ends in the bot's callback.</summary>
public sealed class MiddlewareSet
{
    private readonly List<IMiddleware> _middleware = [];

    /// <summary>Adds middleware to the end of the pipeline.</summary>
    public MiddlewareSet Use(IMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add(middleware);
        return this;
    }

    /// <summary>Runs the pipeline, then <paramref name="callback"/>.</summary>
    public Task ReceiveActivityWithStatusAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        RunAsync(turnContext, callback, 0, cancellationToken);

    private Task RunAsync(ITurnContext turnContext, BotCallbackHandler callback, int index, CancellationToken cancellationToken)
    {
        if (index == _middleware.Count)
        {
            return callback(turnContext, cancellationToken);
        }

        return _middleware[index].OnTurnAsync(turnContext, ct => RunAsync(turnContext, callback, index + 1, ct), cancellationToken);
    }
}
