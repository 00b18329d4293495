using System.Net;
using System.Text.Json;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Endpoints;

public sealed class MessageLimitsTests
{
    private static readonly Uri NoChannel = new("http://127.0.0.1:9");

    [Theory]
    [InlineData("a 300-character id")]
    [InlineData("../../users/someone")]
    [InlineData("a/b")]
    [InlineData("c1\\..\\c2")]
    [InlineData("c1 c2")]
    [InlineData("c1\nINF forged log line")]
    public async Task Post_ConversationIdTooLongOrWithCharactersNoChannelUses_Answers400AndStoresNothing(string conversationId)
    {
        conversationId = conversationId == "a 300-character id" ? new string('a', 300) : conversationId;
        var storage = new MemoryStorage();
        await using var bot = await BotHost.StartAsync(configure: b => b.Services.AddSingleton<IStorage>(storage));

        var response = await bot.PostActivityAsync(ExpectReplies(conversationId, "hello"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("conversation id", await ErrorMessageAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, storage.Count);
    }

    [Fact]
    public async Task Post_A200KilobyteConversationId_Answers400EvenWhenTheBodyLimitLetsItIn()
    {
        await using var bot = await BotHost.StartAsync(new Dictionary<string, string?> { ["Bot:MaxActivityBytes"] = "1048576" });

        var response = await bot.PostActivityAsync(ExpectReplies(new string('a', 200 * 1024), "hello"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("longer than 256 characters", await ErrorMessageAsync(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("19:abc123@thread.tacv2;messageid=1616161616161")]
    [InlineData("a:1AbC-dEf_GhI")]
    [InlineData("5f1e7a80-3a0b-11ef-9a5d-1b2c3d4e5f60|livechat")]
    public async Task Post_ChannelConversationIds_AreAccepted(string conversationId)
    {
        await using var bot = await BotHost.StartAsync();

        var replies = await ExpectRepliesTests.ReadRepliesAsync(await bot.PostActivityAsync(ExpectReplies(conversationId, "hello")));

        Assert.NotEmpty(replies.Activities);
    }

    [Fact]
    public async Task Post_TextOverMaxMessageLength_IsAnsweredOnItsFirstPart_WithANoteSayingSo_AndTheConversationGoesOn()
    {
        await using var bot = await BotHost.StartAsync();
        var text = "im being bullied at school and i dont know what to do " + new string('a', 4000);

        var first = await ExpectRepliesTests.ReadRepliesAsync(await bot.PostActivityAsync(ExpectReplies("c1", text)));
        var next = await ExpectRepliesTests.ReadRepliesAsync(await bot.PostActivityAsync(ExpectReplies("c1", "hello")));

        var messages = first.Activities.Where(a => a.Type == ActivityTypes.Message).ToList();
        Assert.Contains("read the first 4,000 characters", messages[0].Text, StringComparison.Ordinal);
        Assert.True(messages.Count > 1, "the message itself is answered after the note");
        Assert.NotEmpty(next.Activities);
    }

    [Fact]
    public async Task Post_AVeryLongMessage_IsAnswered_UnderstandingReadsItsBeginning()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:MaxActivityBytes"] = "1048576",
            ["Bot:MaxMessageLength"] = "100000",
            ["Understanding:MaxTextLength"] = "2000",
        };
        await using var bot = await BotHost.StartAsync(settings);
        var text = "I'm being bullied at school. " + string.Concat(Enumerable.Repeat("they keep saying things about me ", 4000));

        var replies = await ExpectRepliesTests.ReadRepliesAsync(await bot.PostActivityAsync(ExpectReplies("c-long", text[..100_000])));

        Assert.Contains(replies.Activities, r => r.Type == ActivityTypes.Message && !string.IsNullOrEmpty(r.Text));
    }

    private static Activity ExpectReplies(string conversationId, string text) =>
        EmulatorActivities.Message(NoChannel, conversationId, text) with { ServiceUrl = null, DeliveryMode = DeliveryModes.ExpectReplies };

    private static async Task<string> ErrorMessageAsync(HttpResponseMessage response)
    {
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return error.RootElement.GetProperty("error").GetProperty("message").GetString() ?? string.Empty;
    }
}
