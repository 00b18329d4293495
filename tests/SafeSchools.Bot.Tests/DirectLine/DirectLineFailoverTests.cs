using System.Net;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.DirectLine;

/// <summary>
/// Two instances sharing a state store and a token key, as behind the shipped proxy: a web chat started on one carries
/// on on the other when its requests move there (the first instance stopped).
/// </summary>
public sealed class DirectLineFailoverTests
{
    private static readonly Dictionary<string, string?> SharedKey = new()
    {
        ["DirectLine:TokenSigningKey"] = Convert.ToBase64String("a key both instances are given, 32b"u8.ToArray()),
    };

    [Fact]
    public async Task ChatMovesToTheOtherInstance_ThePollFromItsWatermarkGetsTheNextTurn_AndTheFlowCarriesOn()
    {
        var storage = new MemoryStorage();
        await using var first = await StartAsync(storage);
        await using var second = await StartAsync(storage);
        var onFirst = new DirectLineClient(first.Client);
        await onFirst.StartAsync();
        var (_, watermark) = await onFirst.GetActivitiesAsync();
        await onFirst.PostMessageAsync("I'm a young person");
        (_, watermark) = await onFirst.GetActivitiesAsync(watermark);

        var onSecond = onFirst.MovedTo(second.Client);
        var (nothingYet, same) = await onSecond.GetActivitiesAsync(watermark);
        await onSecond.PostMessageAsync("I'm being bullied");
        var (next, after) = await onSecond.GetActivitiesAsync(watermark);

        Assert.Empty(nothingYet);
        Assert.Equal(watermark, same);
        Assert.Equal("I'm being bullied", next[0].Text);
        Assert.Contains(next, a => a.Text?.Contains("Is it happening online, in person, or both?", StringComparison.Ordinal) == true);
        Assert.True(long.Parse(after, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task MessageIsTheFirstRequestOnTheOtherInstance_ItsReplyStillComesToAPollFromTheOldWatermark()
    {
        var storage = new MemoryStorage();
        await using var first = await StartAsync(storage);
        await using var second = await StartAsync(storage);
        var onFirst = new DirectLineClient(first.Client);
        await onFirst.StartAsync();
        var (_, watermark) = await onFirst.GetActivitiesAsync();

        var onSecond = onFirst.MovedTo(second.Client);
        await onSecond.PostMessageAsync("I'm a parent");
        var (next, _) = await onSecond.GetActivitiesAsync(watermark);

        Assert.Equal("I'm a parent", next[0].Text);
        Assert.True(next.Count > 1, "the reply is in the transcript after the old watermark");
    }

    [Fact]
    public async Task ForgottenChat_ItsTokenOnTheOtherInstance_IsRefused()
    {
        var storage = new MemoryStorage();
        await using var first = await StartAsync(storage);
        await using var second = await StartAsync(storage);
        var onFirst = new DirectLineClient(first.Client);
        await onFirst.StartAsync();
        await onFirst.PostMessageAsync("forget me");

        var onSecond = onFirst.MovedTo(second.Client);
        var response = await onSecond.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{onFirst.ConversationId}/activities");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task InstancesWithoutASharedStore_TheOtherInstanceRefusesTheChat_NothingIsMadeUp()
    {
        await using var first = await StartAsync(new MemoryStorage());
        await using var second = await StartAsync(new MemoryStorage());
        var onFirst = new DirectLineClient(first.Client);
        await onFirst.StartAsync();

        var onSecond = onFirst.MovedTo(second.Client);
        var response = await onSecond.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{onFirst.ConversationId}/activities");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Task<BotHost> StartAsync(IStorage storage) =>
        BotHost.StartAsync(SharedKey, builder => builder.Services.AddSingleton(storage));
}
