using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SafeSchools.Bot.Connector.Schema;

/// <summary>
/// Writes an <see cref="Activity"/>, with its accounts, conversation, suggested actions and hero cards, straight to the
/// writer: the JSON the reflection contract writes (same names and order, nulls and empty collections left out, unknown
/// fields last), without its per-property metadata calls and a stack of frames for every nested object, which cost more
/// than the activity on every reply, remembered reply and prompt kept in state. Reading is the contract's
/// (<paramref name="readContract"/>), and so is writing what replies rarely carry (entities, other cards, values).
/// </summary>
/// <param name="readContract">The reflection contract that reads activities.</param>
internal sealed class ActivityJsonConverter(JsonTypeInfo<Activity> readContract) : JsonConverter<Activity>
{
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText RoleName = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText AadObjectIdName = JsonEncodedText.Encode("aadObjectId");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText ChannelDataName = JsonEncodedText.Encode("channelData");
    private static readonly JsonEncodedText ContentName = JsonEncodedText.Encode("content");

    public override Activity? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, readContract);

    public override void Write(Utf8JsonWriter writer, Activity value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        WriteAddressing(writer, value);
        WriteContent(writer, value, options);
        WriteOther(writer, value, options);
        WriteExtensionData(writer, value.AdditionalProperties);
        writer.WriteEndObject();
    }

    // Properties from Type to MembersRemoved, then TopicName to ChannelData, then Action to CallerId: declaration order.
    private static void WriteAddressing(Utf8JsonWriter writer, Activity value)
    {
        WriteString(writer, TypeName, value.Type);
        WriteString(writer, IdName, value.Id);
        WriteTime(writer, "timestamp"u8, value.Timestamp);
        WriteTime(writer, "localTimestamp"u8, value.LocalTimestamp);
        WriteString(writer, "localTimezone"u8, value.LocalTimezone);
        WriteString(writer, "serviceUrl"u8, value.ServiceUrl);
        WriteString(writer, "channelId"u8, value.ChannelId);
        WriteAccount(writer, "from"u8, value.From);
        WriteConversation(writer, value.Conversation);
        WriteAccount(writer, "recipient"u8, value.Recipient);
        WriteString(writer, "textFormat"u8, value.TextFormat);
        WriteString(writer, "attachmentLayout"u8, value.AttachmentLayout);
        WriteAccounts(writer, "membersAdded"u8, value.MembersAdded);
        WriteAccounts(writer, "membersRemoved"u8, value.MembersRemoved);
        WriteElements(writer, "reactionsAdded"u8, value.ReactionsAdded);
        WriteElements(writer, "reactionsRemoved"u8, value.ReactionsRemoved);
    }

    private static void WriteContent(Utf8JsonWriter writer, Activity value, JsonSerializerOptions options)
    {
        WriteString(writer, "topicName"u8, value.TopicName);
        WriteString(writer, "locale"u8, value.Locale);
        WriteString(writer, TextName, value.Text);
        WriteString(writer, "speak"u8, value.Speak);
        WriteString(writer, "inputHint"u8, value.InputHint);
        WriteString(writer, "summary"u8, value.Summary);
        WriteSuggestedActions(writer, value.SuggestedActions, options);
        WriteAttachments(writer, value.Attachments, options);
        WriteListWithContract(writer, "entities"u8, value.Entities, options);
        WriteWithContract(writer, ChannelDataName, value.ChannelData, options);
    }

    private static void WriteOther(Utf8JsonWriter writer, Activity value, JsonSerializerOptions options)
    {
        WriteString(writer, "action"u8, value.Action);
        WriteString(writer, "replyToId"u8, value.ReplyToId);
        WriteString(writer, "label"u8, value.Label);
        WriteString(writer, "valueType"u8, value.ValueType);
        WriteWithContract(writer, ValueName, value.Value, options);
        WriteString(writer, NameName, value.Name);
        WriteElement(writer, "relatesTo"u8, value.RelatesTo);
        WriteString(writer, "code"u8, value.Code);
        WriteTime(writer, "expiration"u8, value.Expiration);
        WriteString(writer, "importance"u8, value.Importance);
        WriteString(writer, "deliveryMode"u8, value.DeliveryMode);
        WriteStrings(writer, "listenFor"u8, value.ListenFor);
        WriteElements(writer, "textHighlights"u8, value.TextHighlights);
        WriteElement(writer, "semanticAction"u8, value.SemanticAction);
        WriteString(writer, "callerId"u8, value.CallerId);
    }

    private static void WriteAccount(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ChannelAccount? account)
    {
        if (account is not null)
        {
            writer.WritePropertyName(name);
            WriteAccount(writer, account);
        }
    }

    private static void WriteAccount(Utf8JsonWriter writer, ChannelAccount? account)
    {
        if (account is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        WriteString(writer, IdName, account.Id);
        WriteString(writer, NameName, account.Name);
        WriteString(writer, AadObjectIdName, account.AadObjectId);
        WriteString(writer, RoleName, account.Role);
        WriteExtensionData(writer, account.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void WriteConversation(Utf8JsonWriter writer, ConversationAccount? conversation)
    {
        if (conversation is null)
        {
            return;
        }

        writer.WriteStartObject("conversation"u8);
        WriteString(writer, IdName, conversation.Id);
        if (conversation.IsGroup is { } isGroup)
        {
            writer.WriteBoolean("isGroup"u8, isGroup);
        }

        WriteString(writer, "conversationType"u8, conversation.ConversationType);
        WriteString(writer, NameName, conversation.Name);
        WriteString(writer, AadObjectIdName, conversation.AadObjectId);
        WriteString(writer, RoleName, conversation.Role);
        WriteString(writer, "tenantId"u8, conversation.TenantId);
        WriteExtensionData(writer, conversation.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void WriteSuggestedActions(Utf8JsonWriter writer, SuggestedActions? suggested, JsonSerializerOptions options)
    {
        if (suggested is null)
        {
            return;
        }

        writer.WriteStartObject("suggestedActions"u8);
        WriteArray(writer, "actions"u8, suggested.Actions, options, static (w, action, o) => WriteAction(w, action, o));
        WriteStrings(writer, "to"u8, suggested.To);
        writer.WriteEndObject();
    }

    private static void WriteAction(Utf8JsonWriter writer, CardAction? action, JsonSerializerOptions options)
    {
        if (action is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        WriteString(writer, TypeName, action.Type);
        WriteString(writer, "title"u8, action.Title);
        WriteString(writer, "image"u8, action.Image);
        WriteString(writer, "imageAltText"u8, action.ImageAltText);
        WriteString(writer, TextName, action.Text);
        WriteString(writer, "displayText"u8, action.DisplayText);
        if (action.Value is string text)
        {
            writer.WriteString(ValueName, text);
        }
        else
        {
            WriteWithContract(writer, ValueName, action.Value, options);
        }

        WriteWithContract(writer, ChannelDataName, action.ChannelData, options);
        writer.WriteEndObject();
    }

    private static void WriteAttachments(Utf8JsonWriter writer, IReadOnlyList<Attachment>? attachments, JsonSerializerOptions options) =>
        WriteArray(writer, "attachments"u8, attachments, options, static (w, attachment, o) => WriteAttachment(w, attachment, o));

    private static void WriteAttachment(Utf8JsonWriter writer, Attachment? attachment, JsonSerializerOptions options)
    {
        if (attachment is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        WriteString(writer, "contentType"u8, attachment.ContentType);
        WriteString(writer, "contentUrl"u8, attachment.ContentUrl);
        if (attachment.Content is HeroCard card)
        {
            writer.WritePropertyName("content"u8);
            WriteHeroCard(writer, card, options);
        }
        else
        {
            WriteWithContract(writer, ContentName, attachment.Content, options);
        }

        WriteString(writer, NameName, attachment.Name);
        WriteString(writer, "thumbnailUrl"u8, attachment.ThumbnailUrl);
        WriteExtensionData(writer, attachment.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void WriteHeroCard(Utf8JsonWriter writer, HeroCard card, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteString(writer, "title"u8, card.Title);
        WriteString(writer, "subtitle"u8, card.Subtitle);
        WriteString(writer, TextName, card.Text);
        WriteArray(writer, "images"u8, card.Images, options, static (w, image, o) => WriteImage(w, image, o));
        WriteArray(writer, "buttons"u8, card.Buttons, options, static (w, button, o) => WriteAction(w, button, o));

        WriteTap(writer, card.Tap, options);
        writer.WriteEndObject();
    }

    private static void WriteImage(Utf8JsonWriter writer, CardImage? image, JsonSerializerOptions options)
    {
        if (image is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        WriteString(writer, "url"u8, image.Url);
        WriteString(writer, "alt"u8, image.Alt);
        WriteTap(writer, image.Tap, options);
        writer.WriteEndObject();
    }

    private static void WriteTap(Utf8JsonWriter writer, CardAction? tap, JsonSerializerOptions options)
    {
        if (tap is not null)
        {
            writer.WritePropertyName("tap"u8);
            WriteAction(writer, tap, options);
        }
    }

    private static void WriteAccounts(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<ChannelAccount>? accounts) =>
        WriteArray(writer, name, accounts, static (w, account) => WriteAccount(w, account));

    private static void WriteStrings(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<string>? values) =>
        WriteArray(writer, name, values, static (w, value) => w.WriteStringValue(value));

    private static void WriteElements(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<JsonElement>? elements) =>
        WriteArray(writer, name, elements, static (w, element) => element.WriteTo(w));

    private static void WriteArray<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<T>? items, Action<Utf8JsonWriter, T> writeItem) =>
        WriteArray(writer, name, items, writeItem, static (w, item, write) => write(w, item));

    // An array property, left out when empty (the schema's rule); the static item writers allocate nothing.
    private static void WriteArray<T, TState>(
        Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<T>? items, TState state, Action<Utf8JsonWriter, T, TState> writeItem)
    {
        if (IsOmitted(items))
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writeItem(writer, item, state);
        }

        writer.WriteEndArray();
    }

    private static void WriteElement(Utf8JsonWriter writer, ReadOnlySpan<byte> name, JsonElement? element)
    {
        if (element is { } value)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }

    // What replies rarely carry goes through the contract, as the serializer would write it: a list by its declared type,
    // an object by its runtime type.
    private static void WriteListWithContract<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<T>? values, JsonSerializerOptions options)
    {
        if (!IsOmitted(values))
        {
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, values, options.GetTypeInfo(typeof(IReadOnlyList<T>)));
        }
    }

    private static void WriteWithContract(Utf8JsonWriter writer, JsonEncodedText name, object? value, JsonSerializerOptions options)
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
        }
    }

    private static void WriteExtensionData(Utf8JsonWriter writer, IDictionary<string, JsonElement>? extensionData)
    {
        if (extensionData is null)
        {
            return;
        }

        foreach (var (name, value) in extensionData)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }

    private static void WriteString(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteString(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteTime(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            writer.WriteString(name, time);
        }
    }

    // The Activity schema's rule (BotJson): a collection that is null or empty is left out.
    private static bool IsOmitted([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] object? collection) =>
        collection is null or ICollection { Count: 0 };
}
