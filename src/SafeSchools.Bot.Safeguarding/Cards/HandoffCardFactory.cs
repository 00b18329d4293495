using System.Text;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Safeguarding.Content;

namespace SafeSchools.Bot.Safeguarding.Cards;

/// <summary>
/// Turns services into hand-off cards that fit the channel: a call button (tel:) where the channel has one,
/// openUrl links everywhere, and chat and text routes beside the phone number. The 999 line is said by the
/// message the cards come with, once, not on every card.
/// </summary>
public static class HandoffCardFactory
{
    /// <summary>A message with one card per service, laid out as a carousel.</summary>
    /// <param name="services">The services, one card each.</param>
    /// <param name="channelId">The channel, for the buttons it can show.</param>
    /// <param name="text">The message the cards come with.</param>
    /// <param name="compact">
    /// Cards without the services' descriptions: the message they come with already says why each one helps, and a
    /// turn should fit on one phone screen.
    /// </param>
    public static Activity CreateHandoff(IEnumerable<Service> services, string? channelId, string? text = null, bool compact = false) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        AttachmentLayout = "carousel",
        Attachments = services.Select(s => CreateCard(s, channelId, compact).ToAttachment()).ToList(),
    };

    /// <summary>One service's card for <paramref name="channelId"/>, without its description when <paramref name="compact"/>.</summary>
    public static HeroCard CreateCard(Service service, string? channelId, bool compact = false)
    {
        ArgumentNullException.ThrowIfNull(service);
        var buttons = new List<CardAction>();
        if (service.Phone is { } phone && ChannelCapabilities.SupportsActionType(channelId, ActionTypes.Call))
        {
            buttons.Add(CardAction.Call($"Call {phone}", phone));
        }

        if (service.ChatUrl is { } chat)
        {
            buttons.Add(CardAction.OpenUrl("Chat online", chat));
        }

        if (service.BslUrl is { } bsl)
        {
            buttons.Add(CardAction.OpenUrl("999 BSL (sign language)", bsl));
        }

        if (service.Url is { } url)
        {
            buttons.Add(CardAction.OpenUrl("Website", url));
        }

        return new HeroCard { Title = service.Name, Text = Describe(service, compact), Buttons = buttons };
    }

    private static string Describe(Service service, bool compact)
    {
        var text = new StringBuilder();
        if (!compact && service.For is { } purpose)
        {
            text.Append(purpose).Append("\n\n");
        }

        if (service.Phone is { } phone)
        {
            text.Append("Phone: **").Append(phone).Append("**");
            text.Append(service.Textphone is { } textphone ? $" (textphone {textphone})" : string.Empty).Append("\n\n");
        }

        if (service.Text is { } sms)
        {
            text.Append("Text: ").Append(sms.Message).Append("\n\n");
        }

        if (service.Email is { } email)
        {
            text.Append("Email: ").Append(email).Append("\n\n");
        }

        if (service.Hours is { } hours)
        {
            text.Append(hours).Append("\n\n");
        }
        else if (service.Unverified.Contains("hours"))
        {
            text.Append("Check their website for opening times.\n\n");
        }

        return text.ToString().TrimEnd();
    }
}
