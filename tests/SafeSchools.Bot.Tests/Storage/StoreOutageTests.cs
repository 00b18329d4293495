using System.Net;
using SafeSchools.Bot.Storage.Tests;
using SafeSchools.Bot.Tests.Infrastructure;
using static SafeSchools.Bot.Tests.Infrastructure.TurnReplies;

namespace SafeSchools.Bot.Tests.Storage;

/// <summary>PostgreSQL really unreachable: the bot says it is not ready, and a child still gets the 999 line.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class StoreOutageTests
{
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task PostgreSqlOnAClosedPort_ReadyzIs503_AndAMessageGetsTheApologyWith999()
    {
        await using var bot = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = $"Host=127.0.0.1;Port={LoopbackPort.Free()};Username=postgres;Database=none;Timeout=3",
        });

        using var ready = await bot.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var replies = await new EmulatorUser(bot, $"outage-{Guid.NewGuid():N}|livechat").SayAsync("I'm being bullied");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains(replies, r => r.Text?.Contains(Apology, StringComparison.Ordinal) == true && r.Text.Contains("call 999", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostgreSqlStoppedMidConversation_ApologyWith999_ThenReadyAgainAndTheConversationCarriesOn()
    {
        var server = new PostgreSqlServer();
        await server.InitializeAsync();
        try
        {
            await using var bot = await BotHost.StartAsync(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "PostgreSql",
                ["Storage:ConnectionString"] = await server.CreateDatabaseAsync() + ";Timeout=3",
            });
            var user = new EmulatorUser(bot, $"outage-{Guid.NewGuid():N}|livechat");
            var question = await user.SayAsync("I'm being bullied");
            Assert.Equal(HttpStatusCode.OK, await ReadyzAsync(bot));

            await server.StopAsync();

            // /readyz answers from a check at most a few seconds old, so it turns 503 within that.
            var readyWhileDown = await WaitForReadyzAsync(bot, HttpStatusCode.ServiceUnavailable);
            var duringOutage = await user.SayAsync("Online");
            await server.StartAsync();
            var readyAgain = await WaitForReadyzAsync(bot, HttpStatusCode.OK);
            var afterwards = await user.SayAsync("Online");

            Assert.Contains("Is it happening online, in person, or both?", Text(question), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, readyWhileDown);
            Assert.Contains(duringOutage, r => r.Text?.Contains(Apology, StringComparison.Ordinal) == true && r.Text.Contains("call 999", StringComparison.Ordinal));
            Assert.DoesNotContain("Block and report", Text(duringOutage), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, readyAgain);
            Assert.Contains("Block and report", Text(afterwards), StringComparison.Ordinal);
            Assert.Equal("bullying", Flow(afterwards));
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static async Task<HttpStatusCode> ReadyzAsync(BotHost bot)
    {
        using var response = await bot.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> WaitForReadyzAsync(BotHost bot, HttpStatusCode wanted)
    {
        using var limit = new CancellationTokenSource(RecoveryLimit);
        var status = await ReadyzAsync(bot);
        while (status != wanted && !limit.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
            status = await ReadyzAsync(bot);
        }

        return status;
    }
}
