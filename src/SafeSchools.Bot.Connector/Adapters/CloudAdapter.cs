using System.Net;
using System.Security.Claims;
using SafeSchools.Bot.Connector.Authentication;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Connector;

/// <summary>
/// The adapter for activities that arrive over HTTP from a Bot Framework channel: authenticates the request,
/// runs the turn, and posts replies back to the activity's service URL (or returns them for expectReplies).
/// </summary>
/// <param name="authenticator">Checks each request.</param>
/// <param name="connectorClients">Creates clients for posting replies.</param>
public class CloudAdapter(IBotAuthenticator authenticator, IConnectorClientFactory connectorClients) : BotAdapter
{
    /// <summary>
    /// Runs one turn for an activity received over HTTP.
    /// </summary>
    /// <returns>The invoke or expectReplies response body to return, or null for an empty 200.</returns>
    /// <exception cref="UnauthorizedAccessException">The request failed authentication; nothing ran.</exception>
    /// <exception cref="AuthenticationUnavailableException">The token could not be checked now (signing keys unreachable); nothing ran.</exception>
    public async Task<InvokeResponse?> ProcessActivityAsync(
        string? authorizationHeader, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        var identity = await authenticator.AuthenticateAsync(activity, authorizationHeader, cancellationToken);

        // callerId is never trusted from the wire (schema rule A2251); it is set from the authenticated identity.
        var callerId = identity.IsAuthenticated && identity.AuthenticationType == BotFrameworkAuthenticator.AuthenticationType
            ? BotFrameworkAuthenticator.AzureCallerId
            : null;
        var turnContext = new TurnContext(this, activity with { CallerId = callerId });
        turnContext.TurnState.Set(identity);
        await RunPipelineAsync(turnContext, callback, cancellationToken);

        if (activity.Type == ActivityTypes.Invoke)
        {
            return turnContext.TurnState.Get<InvokeResponse>() ?? new InvokeResponse((int)HttpStatusCode.NotImplemented);
        }

        return turnContext.ExpectsReplies
            ? new InvokeResponse((int)HttpStatusCode.OK, new ExpectedReplies(turnContext.BufferedReplyActivities))
            : null;
    }

    /// <inheritdoc />
    public override async Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var identity = turnContext.TurnState.Get<ClaimsIdentity>() ?? new ClaimsIdentity();
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            var client = connectorClients.Create(activity.ServiceUrl ?? string.Empty, identity);
            var conversationId = activity.Conversation?.Id
                ?? throw new InvalidOperationException("A reply needs a conversation id.");
            responses[i] = activity.ReplyToId is { Length: > 0 } replyToId
                ? await client.ReplyToActivityAsync(conversationId, replyToId, activity, cancellationToken)
                : await client.SendToConversationAsync(conversationId, activity, cancellationToken);
        }

        return responses;
    }
}
