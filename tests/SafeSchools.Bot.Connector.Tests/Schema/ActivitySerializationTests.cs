using System.Text.Json;
using System.Text.Json.Nodes;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Connector.Tests.Schema;

public sealed class ActivitySerializationTests
{
    [Fact]
    public void Deserialize_UnknownFields_AreWrittenBackUnchanged()
    {
        const string json = """
            {"type":"message","text":"hi","futureField":{"nested":[1,"two",true]},
             "from":{"id":"u1","tenantHint":"x"},"conversation":{"id":"c1","extra":42},
             "channelData":{"clientActivityID":"abc","tenant":{"id":"t"}},
             "entities":[{"type":"clientInfo","locale":"en-GB","platform":"Web"}]}
            """;

        var activity = JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!;
        var roundTripped = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJson.Options))!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), roundTripped), roundTripped.ToJsonString());
    }

    [Fact]
    public void Serialize_NullsAndEmptyCollections_AreOmitted()
    {
        var activity = Activity.CreateMessage("hello") with { Attachments = [], Entities = [], MembersAdded = [] };

        var json = JsonSerializer.Serialize(activity, BotJson.Options);

        Assert.Equal("""{"type":"message","text":"hello"}""", json);
    }

    [Fact]
    public void Serialize_HeroCardWithActions_UsesWireNames()
    {
        var card = new HeroCard
        {
            Title = "Childline",
            Buttons = [CardAction.Call("Call 0800 1111", "0800 1111"), CardAction.OpenUrl("Chat online", "https://www.childline.org.uk/")],
        };
        var activity = Activity.CreateMessage() with
        {
            Attachments = [card.ToAttachment()],
            SuggestedActions = new SuggestedActions([CardAction.ImBack("Yes")]) { To = ["u1"] },
        };

        var json = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJson.Options))!;

        Assert.Equal(HeroCard.ContentType, json["attachments"]![0]!["contentType"]!.GetValue<string>());
        var buttons = json["attachments"]![0]!["content"]!["buttons"]!;
        Assert.Equal("call", buttons[0]!["type"]!.GetValue<string>());
        Assert.Equal("tel:08001111", buttons[0]!["value"]!.GetValue<string>());
        Assert.Equal("openUrl", buttons[1]!["type"]!.GetValue<string>());
        Assert.Equal("imBack", json["suggestedActions"]!["actions"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("Yes", json["suggestedActions"]!["actions"]![0]!["value"]!.GetValue<string>());
        Assert.Equal("u1", json["suggestedActions"]!["to"]![0]!.GetValue<string>());
    }

    [Fact]
    public void MentionEntity_RoundTrips()
    {
        var mention = new Mention(new ChannelAccount("28:bot", "SafeBot"), "<at>SafeBot</at>");

        var json = JsonSerializer.Serialize(mention.ToEntity(), BotJson.Options);
        var back = JsonSerializer.Deserialize<Entity>(json, BotJson.Options)!.AsMention();

        Assert.Equal("""{"type":"mention","mentioned":{"id":"28:bot","name":"SafeBot"},"text":"<at>SafeBot</at>"}""", json);
        Assert.Equal(mention, back);
    }
}
