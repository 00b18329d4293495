using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Bots;

/// <summary>The bot: welcomes new members and offers the three topics.</summary>
internal sealed class SafeSchoolsBot : ActivityHandler
{
    private const string Welcome =
        "Hi, I'm the Safe Schools chatbot. I'm a computer program, not a person, and I'm not the police on duty. " +
        SafetyText.DangerLine;

    private const string Menu = "I can help with these. Choose one, or tell me what's happening. " + SafetyText.DangerLine;

    private static readonly string[] Topics = ["I'm being bullied", "Someone asked for images", "I'm worried about my child"];

    protected override async Task OnMembersAddedAsync(
        IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await turnContext.SendActivityAsync(Activity.CreateMessage(Welcome), cancellationToken);
        await turnContext.SendActivityAsync(MenuActivity(turnContext), cancellationToken);
    }

    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MenuActivity(turnContext), cancellationToken);

    private static Activity MenuActivity(ITurnContext turnContext) => Activity.CreateMessage(Menu) with
    {
        InputHint = InputHints.ExpectingInput,
        SuggestedActions = new SuggestedActions(Topics.Select(CardAction.ImBack).ToList())
        {
            To = turnContext.Activity.From?.Id is { } userId ? [userId] : null,
        },
    };
}
