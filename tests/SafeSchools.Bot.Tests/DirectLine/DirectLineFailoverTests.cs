using System.Globalization;
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
        await using var instances = await TwoInstances.StartAsync(sharedStore: true);
        var onFirst = instances.OnFirst;
        var (_, watermark) = await onFirst.GetActivitiesAsync();
        await onFirst.PostMessageAsync("I'm a young person");
        (_, watermark) = await onFirst.GetActivitiesAsync(watermark);

        var onSecond = instances.MovedToSecond();
        var (nothingYet, same) = await onSecond.GetActivitiesAsync(watermark);
        await onSecond.PostMessageAsync("I'm being bullied");
        var (next, after) = await onSecond.GetActivitiesAsync(watermark);

        Assert.Empty(nothingYet);
        Assert.Equal(watermark, same);
        Assert.Equal("I'm being bullied", next[0].Text);
        Assert.Contains(next, a => a.Text?.Contains("Is it happening online, in person, or both?", StringComparison.Ordinal) == true);
        Assert.True(long.Parse(after, CultureInfo.InvariantCulture) > long.Parse(watermark, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task MessageIsTheFirstRequestOnTheOtherInstance_ItsReplyStillComesToAPollFromTheOldWatermark()
    {
        await using var instances = await TwoInstances.StartAsync(sharedStore: true);
        var (_, watermark) = await instances.OnFirst.GetActivitiesAsync();

        var onSecond = instances.MovedToSecond();
        await onSecond.PostMessageAsync("I'm a parent");
        var (next, _) = await onSecond.GetActivitiesAsync(watermark);

        Assert.Equal("I'm a parent", next[0].Text);
        Assert.True(next.Count > 1, "the reply is in the transcript after the old watermark");
    }

    [Fact]
    public async Task ForgottenChat_ItsTokenOnTheOtherInstance_IsRefused()
    {
        await using var instances = await TwoInstances.StartAsync(sharedStore: true);
        await instances.OnFirst.PostMessageAsync("forget me");

        Assert.Equal(HttpStatusCode.NotFound, await instances.PollOnSecondAsync());
    }

    [Fact]
    public async Task InstancesWithoutASharedStore_TheOtherInstanceRefusesTheChat_NothingIsMadeUp()
    {
        await using var instances = await TwoInstances.StartAsync(sharedStore: false);

        Assert.Equal(HttpStatusCode.NotFound, await instances.PollOnSecondAsync());
    }

    // Two hosts with the same token key (and the same store when shared), and a chat started on the first.
    private sealed class TwoInstances(BotHost first, BotHost second, DirectLineClient onFirst) : IAsyncDisposable
    {
        public DirectLineClient OnFirst { get; } = onFirst;

        public static async Task<TwoInstances> StartAsync(bool sharedStore)
        {
            var shared = new MemoryStorage();
            var first = await StartAsync(shared);
            var second = await StartAsync(sharedStore ? shared : new MemoryStorage());
            var onFirst = new DirectLineClient(first.Client);
            await onFirst.StartAsync();
            return new TwoInstances(first, second, onFirst);
        }

        public DirectLineClient MovedToSecond() => OnFirst.MovedTo(second.Client);

        public async Task<HttpStatusCode> PollOnSecondAsync()
        {
            using var response = await MovedToSecond().SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{OnFirst.ConversationId}/activities");
            return response.StatusCode;
        }

        public async ValueTask DisposeAsync()
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }

        private static Task<BotHost> StartAsync(IStorage storage) =>
            BotHost.StartAsync(SharedKey, builder => builder.Services.AddSingleton(storage));
    }
}
