using System.Text;
using System.Text.Json;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Endpoints;

namespace SafeSchools.Bot.Tests.Endpoints;

public sealed class ActivityJsonResultTests
{
    public static TheoryData<string> Bodies => ["replies", "no replies", "null", "other"];

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Body_IsTheBytesTheSerializerWritesWithTheWireOptions(string name)
    {
        var body = BodyNamed(name);
        var context = new DefaultHttpContext();
        var sent = new MemoryStream();
        context.Response.Body = sent;

        await new ActivityJsonResult(body, StatusCodes.Status200OK).ExecuteAsync(context);

        var expected = JsonSerializer.SerializeToUtf8Bytes(body, BotJson.Options);
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(sent.ToArray()));
        Assert.Equal(expected.Length, context.Response.ContentLength);
        Assert.Equal("application/json; charset=utf-8", context.Response.ContentType);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
    }

    [Fact]
    public async Task Status_IsTheOneGiven()
    {
        var context = new DefaultHttpContext { Response = { Body = new MemoryStream() } };

        await new ActivityJsonResult(null, StatusCodes.Status501NotImplemented).ExecuteAsync(context);

        Assert.Equal(StatusCodes.Status501NotImplemented, context.Response.StatusCode);
    }

    private static object? BodyNamed(string name) => name switch
    {
        "replies" => new ExpectedReplies(
        [
            Activity.CreateMessage("You're not on your own — ask me about \"bullying\" <here> or café") with
            {
                Id = "r1",
                From = new ChannelAccount("bot", "SafeSchools"),
                Conversation = new ConversationAccount(Id: "c1"),
                SuggestedActions = new SuggestedActions([CardAction.ImBack("Yes")]),
            },
            Activity.CreateMessage("Second"),
        ]),
        "no replies" => new ExpectedReplies([]),
        "null" => null,
        _ => new ResourceResponse("id-1"),
    };
}
