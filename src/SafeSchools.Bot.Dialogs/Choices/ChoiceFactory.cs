using System.Globalization;
using System.Text;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs;

/// <summary>
/// Renders choices for the channel the user is on: suggested actions where they work, a hero card of <c>imBack</c>
/// buttons on Teams outside personal chat (or with more than three choices, or attachments), a numbered list elsewhere.
/// Actions a channel cannot show (Teams: <c>call</c>, <c>postBack</c>) become <c>imBack</c> of their title.
/// </summary>
public static class ChoiceFactory
{
    /// <summary>A message of <paramref name="text"/> with <paramref name="choices"/> in the best style for the incoming activity's channel.</summary>
    public static Activity ForChannel(Activity incoming, IReadOnlyList<Choice> choices, string? text = null) =>
        AppendChoices(Activity.CreateMessage(text), incoming, choices, ListStyle.Auto);

    /// <summary>Adds <paramref name="choices"/> to <paramref name="prompt"/> in <paramref name="style"/> for the incoming activity's channel.</summary>
    public static Activity AppendChoices(Activity prompt, Activity incoming, IReadOnlyList<Choice> choices, ListStyle style)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Count == 0)
        {
            return prompt;
        }

        var resolved = style == ListStyle.Auto ? PickStyle(incoming, choices.Count, prompt.Attachments is { Count: > 0 }) : style;
        return resolved switch
        {
            ListStyle.SuggestedAction => prompt with
            {
                SuggestedActions = new SuggestedActions(ToActions(choices, incoming.ChannelId))
                {
                    To = incoming.From?.Id is { } userId ? [userId] : null,
                },
            },
            ListStyle.HeroCard => prompt with
            {
                Text = null,
                Attachments = [.. prompt.Attachments ?? [], new HeroCard { Text = prompt.Text, Buttons = ToActions(choices, incoming.ChannelId) }.ToAttachment()],
            },
            ListStyle.List => prompt with { Text = AsList(prompt.Text, choices) },
            ListStyle.Inline => prompt with { Text = AsInline(prompt.Text, choices) },
            _ => prompt,
        };
    }

    /// <summary>The style <see cref="ListStyle.Auto"/> resolves to for a channel, conversation type and number of choices.</summary>
    public static ListStyle PickStyle(Activity incoming, int choiceCount, bool hasAttachments = false)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var channelId = incoming.ChannelId;
        if (ChannelCapabilities.SupportsSuggestedActions(channelId, incoming.Conversation?.ConversationType, choiceCount, hasAttachments))
        {
            return ListStyle.SuggestedAction;
        }

        return ChannelCapabilities.SupportsCardActions(channelId, choiceCount) ? ListStyle.HeroCard : ListStyle.List;
    }

    /// <summary>The buttons for <paramref name="choices"/> on a channel.</summary>
    public static IReadOnlyList<CardAction> ToActions(IReadOnlyList<Choice> choices, string? channelId)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var actions = new CardAction[choices.Count];
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            var action = choice.Action;
            actions[i] = action is null || !ChannelCapabilities.SupportsActionType(channelId, action.Type)
                ? CardAction.ImBack(action?.Title ?? choice.Value)
                : action with { Title = action.Title ?? choice.Value };
        }

        return actions;
    }

    private static string Title(Choice choice) => choice.Action?.Title ?? choice.Value;

    private static string AsList(string? text, IReadOnlyList<Choice> choices)
    {
        var builder = new StringBuilder(text);
        if (builder.Length > 0)
        {
            builder.Append("\n\n");
        }

        for (var i = 0; i < choices.Count; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{i + 1}. {Title(choices[i])}").Append(i < choices.Count - 1 ? "\n" : string.Empty);
        }

        return builder.ToString();
    }

    private static string AsInline(string? text, IReadOnlyList<Choice> choices)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < choices.Count; i++)
        {
            var separator = i == 0 ? (builder.Length > 0 ? " " : string.Empty) : i == choices.Count - 1 ? " or " : ", ";
            builder.Append(separator).Append(CultureInfo.InvariantCulture, $"({i + 1}) {Title(choices[i])}");
        }

        return builder.ToString();
    }
}
