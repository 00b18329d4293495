using System.Text.Json;
using System.Text.Json.Serialization;

namespace SafeSchools.Bot.Connector.Schema;

/// <summary>
/// A Bot Framework v3 activity: the unit of communication between a channel and a bot.
/// Field names follow the Bot Framework Activity schema; unknown fields are kept in
/// <see cref="AdditionalProperties"/> and written back unchanged.
/// </summary>
public sealed record Activity
{
    /// <summary>The activity type, for example <c>message</c> (see <see cref="ActivityTypes"/>).</summary>
    public string? Type { get; init; }

    /// <summary>The id the channel gave this activity.</summary>
    public string? Id { get; init; }

    /// <summary>When the activity was sent, in UTC.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>When the activity was sent, in the sender's local time.</summary>
    public DateTimeOffset? LocalTimestamp { get; init; }

    /// <summary>The IANA name of the sender's time zone.</summary>
    public string? LocalTimezone { get; init; }

    /// <summary>The URL the bot posts replies to.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>The channel the activity came from, for example <c>emulator</c> or <c>msteams</c>.</summary>
    public string? ChannelId { get; init; }

    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; init; }

    /// <summary>The conversation the activity belongs to.</summary>
    public ConversationAccount? Conversation { get; init; }

    /// <summary>The receiver.</summary>
    public ChannelAccount? Recipient { get; init; }

    /// <summary><c>markdown</c>, <c>plain</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; init; }

    /// <summary><c>list</c> or <c>carousel</c>.</summary>
    public string? AttachmentLayout { get; init; }

    /// <summary>Members who joined the conversation (conversationUpdate).</summary>
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    /// <summary>Members who left the conversation (conversationUpdate).</summary>
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>Reactions added (messageReaction).</summary>
    public IReadOnlyList<JsonElement>? ReactionsAdded { get; init; }

    /// <summary>Reactions removed (messageReaction).</summary>
    public IReadOnlyList<JsonElement>? ReactionsRemoved { get; init; }

    /// <summary>The conversation's new topic name.</summary>
    public string? TopicName { get; init; }

    /// <summary>The sender's locale, for example <c>en-GB</c>.</summary>
    public string? Locale { get; init; }

    /// <summary>The message text.</summary>
    public string? Text { get; init; }

    /// <summary>Text to speak.</summary>
    public string? Speak { get; init; }

    /// <summary>Whether the bot expects input (see <see cref="InputHints"/>).</summary>
    public string? InputHint { get; init; }

    /// <summary>Text to show when the channel cannot render the attachments.</summary>
    public string? Summary { get; init; }

    /// <summary>Buttons shown under the message until the next message.</summary>
    public SuggestedActions? SuggestedActions { get; init; }

    /// <summary>Cards and media.</summary>
    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>Entities such as mentions.</summary>
    public IReadOnlyList<Entity>? Entities { get; init; }

    /// <summary>Channel-specific data, kept as sent.</summary>
    public object? ChannelData { get; init; }

    /// <summary>contactRelationUpdate action.</summary>
    public string? Action { get; init; }

    /// <summary>The id of the activity this one replies to.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>A label (trace activities).</summary>
    public string? Label { get; init; }

    /// <summary>The type of <see cref="Value"/> (trace activities).</summary>
    public string? ValueType { get; init; }

    /// <summary>A value: an object for events, invokes, messageBack and traces.</summary>
    public object? Value { get; init; }

    /// <summary>The name of an event or invoke.</summary>
    public string? Name { get; init; }

    /// <summary>A reference to another conversation.</summary>
    public JsonElement? RelatesTo { get; init; }

    /// <summary>The endOfConversation code.</summary>
    public string? Code { get; init; }

    /// <summary>When the activity expires.</summary>
    public DateTimeOffset? Expiration { get; init; }

    /// <summary><c>low</c>, <c>normal</c> or <c>high</c>.</summary>
    public string? Importance { get; init; }

    /// <summary>How replies are delivered (see <see cref="DeliveryModes"/>).</summary>
    public string? DeliveryMode { get; init; }

    /// <summary>Phrases a speech channel should listen for.</summary>
    public IReadOnlyList<string>? ListenFor { get; init; }

    /// <summary>Text fragments to highlight.</summary>
    public IReadOnlyList<JsonElement>? TextHighlights { get; init; }

    /// <summary>A programmatic action.</summary>
    public JsonElement? SemanticAction { get; init; }

    /// <summary>Set by the bot after authenticating the request; never trusted from the wire.</summary>
    public string? CallerId { get; init; }

    /// <summary>Fields this model does not know; kept and sent back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; init; }

    /// <summary>Creates a message activity with the given text.</summary>
    public static Activity CreateMessage(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>
    /// Builds a reply: channel, service URL, conversation and locale copied; sender and receiver swapped;
    /// <see cref="ReplyToId"/> set to this activity's id.
    /// </summary>
    public Activity CreateReply(string? text = null) => ApplyConversationReference(CreateMessage(text));

    /// <summary>Addresses <paramref name="reply"/> as a reply to this activity.</summary>
    public Activity ApplyConversationReference(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply with
        {
            ChannelId = ChannelId,
            ServiceUrl = ServiceUrl,
            Conversation = Conversation,
            Locale = reply.Locale ?? Locale,
            From = Recipient,
            Recipient = From,
            ReplyToId = ShouldReplyToThis() ? Id : null,
        };
    }

    /// <summary>The text with the recipient's @mention removed (Teams group chats), trimmed.</summary>
    public string? RemoveRecipientMention()
    {
        if (Text is null || Entities is null || Recipient?.Id is null)
        {
            return Text?.Trim();
        }

        var text = Text;
        foreach (var mention in Entities.Select(e => e.AsMention()).OfType<Mention>())
        {
            if (mention.Mentioned?.Id == Recipient.Id && !string.IsNullOrEmpty(mention.Text))
            {
                text = text.Replace(mention.Text, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        return text.Trim();
    }

    private bool ShouldReplyToThis() =>
        !(Type == ActivityTypes.ConversationUpdate && ChannelId is Channels.DirectLine or Channels.WebChat);
}
