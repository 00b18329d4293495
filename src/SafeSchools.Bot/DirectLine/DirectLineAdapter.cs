using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.DirectLine;

/// <summary>
/// Runs Direct Line turns in-process (no HTTP hop to /api/messages) and delivers the bot's replies
/// into the conversation's transcript, from which Web Chat polls or streams them.
/// </summary>
internal sealed class DirectLineAdapter(TimeProvider time) : BotAdapter
{
    /// <summary>Runs one turn; true when the bot asked for the conversation to be forgotten (<see cref="ConversationDeletion"/>).</summary>
    public async Task<bool> ProcessActivityAsync(DirectLineConversation conversation, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var turnContext = new TurnContext(this, activity);
        turnContext.TurnState.Set(conversation);
        await RunPipelineAsync(turnContext, callback, cancellationToken);
        return ConversationDeletion.IsRequested(turnContext);
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var conversation = turnContext.TurnState.Get<DirectLineConversation>()
            ?? throw new InvalidOperationException("A Direct Line turn must carry its conversation.");
        var responses = activities.Select(a => new ResourceResponse(conversation.Append(a, time.GetUtcNow()))).ToArray();
        return Task.FromResult(responses);
    }
}
