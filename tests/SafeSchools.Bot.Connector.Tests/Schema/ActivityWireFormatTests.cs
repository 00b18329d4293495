using System.Text.Json;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Connector.Tests.Schema;

/// <summary>
/// Activities written by <see cref="BotJson.Options"/> are exactly what the serializer's reflection contract writes with
/// the wire rules: camelCase, declaration order, nulls and empty collections left out, unknown fields kept, ISO-8601
/// dates, apostrophes unescaped.
/// </summary>
public sealed class ActivityWireFormatTests
{
    private static readonly JsonSerializerOptions ReflectionContract = BotJson.ContractOptions;

    [Fact]
    public void Serialize_ActivityWithEveryField_IsWhatTheReflectionContractWrites()
    {
        var activity = EveryField();

        Assert.Equal(JsonSerializer.Serialize(activity, ReflectionContract), JsonSerializer.Serialize(activity, BotJson.Options));
    }

    [Fact]
    public void Serialize_EmptyCollectionsEverywhere_AreLeftOutAsTheReflectionContractDoes()
    {
        var activity = Activity.CreateMessage("you're OK") with
        {
            MembersAdded = [],
            MembersRemoved = new List<ChannelAccount>(),
            ReactionsAdded = [],
            Attachments = [],
            Entities = [],
            ListenFor = [],
            TextHighlights = [],
            SuggestedActions = new SuggestedActions([]) { To = [] },
        };

        var json = JsonSerializer.Serialize(activity, BotJson.Options);

        Assert.Equal("""{"type":"message","text":"you're OK","suggestedActions":{}}""", json);
        Assert.Equal(JsonSerializer.Serialize(activity, ReflectionContract), json);
    }

    [Fact]
    public void Serialize_ActivityWithNothingSet_IsAnEmptyObject()
    {
        Assert.Equal("{}", JsonSerializer.Serialize(new Activity(), BotJson.Options));
    }

    [Fact]
    public void Serialize_ExpectedRepliesWithoutReplies_KeepsItsList()
    {
        Assert.Equal("""{"activities":[]}""", JsonSerializer.Serialize(new ExpectedReplies([]), BotJson.Options));
    }

    [Fact]
    public void Serialize_ActivityReadFromTheWire_IsWrittenBackAsTheReflectionContractWouldWriteIt()
    {
        var wire = JsonSerializer.Serialize(EveryField(), ReflectionContract);

        var read = JsonSerializer.Deserialize<Activity>(wire, BotJson.Options)!;

        Assert.Equal(wire, JsonSerializer.Serialize(read, BotJson.Options));
        Assert.Equal(JsonSerializer.Serialize(read, ReflectionContract), JsonSerializer.Serialize(read, BotJson.Options));
    }

    [Fact]
    public void Serialize_ListOfRepliesAndAPromptInState_MatchTheReflectionContract()
    {
        IReadOnlyList<Activity> replies = [EveryField(), Activity.CreateMessage("two") with { InputHint = InputHints.ExpectingInput }];

        Assert.Equal(JsonSerializer.Serialize(replies, ReflectionContract), JsonSerializer.Serialize(replies, BotJson.Options));
    }

    private static Activity EveryField()
    {
        var extra = new Dictionary<string, JsonElement> { ["futureField"] = JsonSerializer.SerializeToElement(new { nested = new object[] { 1, "two", true } }) };
        var card = new HeroCard
        {
            Title = "Childline",
            Subtitle = "Free, 24/7",
            Text = "You're not alone",
            Images = [new CardImage("https://x/logo.png", "logo") { Tap = CardAction.OpenUrl("Open", "https://x/") }, null!],
            Buttons = [CardAction.Call("Call 0800 1111", "0800 1111"), CardAction.OpenUrl("Chat", "https://x/chat")],
            Tap = CardAction.OpenUrl("Site", "https://x/"),
        };
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = "a1",
            Timestamp = new DateTimeOffset(2026, 11, 29, 7, 0, 0, 123, TimeSpan.Zero),
            LocalTimestamp = new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.FromHours(1)),
            LocalTimezone = "Europe/London",
            ServiceUrl = "https://smba.trafficmanager.net/uk/",
            ChannelId = Channels.MsTeams,
            From = new ChannelAccount("u1", "Sam \"Jr\" O'Neil") { AadObjectId = "aad", Role = "user", AdditionalProperties = extra },
            Conversation = new ConversationAccount("c1") { IsGroup = false, ConversationType = "personal", Name = "chat", AadObjectId = "aad-c", Role = "x", TenantId = "t1", AdditionalProperties = extra },
            Recipient = new ChannelAccount("bot", "Bot"),
            TextFormat = "markdown",
            AttachmentLayout = "list",
            MembersAdded = [new ChannelAccount("u1"), new ChannelAccount("bot", "Bot") { Role = "bot" }],
            MembersRemoved = [new ChannelAccount("u2")],
            ReactionsAdded = [JsonSerializer.SerializeToElement(new { type = "like" })],
            ReactionsRemoved = [JsonSerializer.SerializeToElement(new { type = "heart" })],
            TopicName = "topic",
            Locale = "en-GB",
            Text = "You're not alone – café 😊 <at>Bot</at> \"quoted\" \\ tab\t line\nnext",
            Speak = "speak",
            InputHint = InputHints.ExpectingInput,
            Summary = "summary",
            SuggestedActions = new SuggestedActions([CardAction.ImBack("I'm in danger now"), new CardAction(ActionTypes.MessageBack, "Back") { Image = "i", ImageAltText = "alt", Text = "t", DisplayText = "d", Value = new { a = 1 }, ChannelData = JsonSerializer.SerializeToElement(new { b = 2 }) }]) { To = ["u1"] },
            Attachments =
            [
                card.ToAttachment(),
                new HeroCard { Title = "empty lists", Images = [], Buttons = [] }.ToAttachment(),
                new Attachment { ContentType = "image/png", ContentUrl = "https://x/y.png", Name = "y", ThumbnailUrl = "t", AdditionalProperties = extra },
                new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = JsonSerializer.SerializeToElement(new { type = "AdaptiveCard" }) },
            ],
            Entities = [new Mention(new ChannelAccount("bot", "Bot"), "<at>Bot</at>").ToEntity()],
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = "t1" } }),
            Action = "add",
            ReplyToId = "r1",
            Label = "label",
            ValueType = "https://x/schema",
            Value = new Dictionary<string, object> { ["k"] = "v", ["n"] = 2 },
            Name = "event",
            RelatesTo = JsonSerializer.SerializeToElement(new { activityId = "a0" }),
            Code = "completedSuccessfully",
            Expiration = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero),
            Importance = "high",
            DeliveryMode = DeliveryModes.ExpectReplies,
            ListenFor = ["yes", "no"],
            TextHighlights = [JsonSerializer.SerializeToElement(new { text = "hi", occurrence = 1 })],
            SemanticAction = JsonSerializer.SerializeToElement(new { id = "s", entities = new { } }),
            CallerId = "urn:botframework:azure",
            AdditionalProperties = extra,
        };
    }
}
