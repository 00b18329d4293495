using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using SafeSchools.Bot.Storage;
using SafeSchools.Bot.Tests.Infrastructure;
using static SafeSchools.Bot.Tests.Infrastructure.TurnReplies;

namespace SafeSchools.Bot.Tests.Storage;

public sealed class RetentionSweepTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("safeschools-retention-");

    [Fact]
    public async Task SweepOnce_ConversationIdleLongerThanRetention_IsForgotten_AndARecentOneCarriesOn()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var bot = await BotHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Sqlite",
                ["Storage:SqlitePath"] = Path.Combine(_folder.FullName, "state.db"),
                ["Storage:RetentionPeriod"] = "1.00:00:00",
                ["Storage:SweepInterval"] = "1.00:00:00",
            },
            b => b.Services.AddSingleton<TimeProvider>(clock));
        var idle = new EmulatorUser(bot, $"idle-{Guid.NewGuid():N}|livechat");
        var recent = new EmulatorUser(bot, $"recent-{Guid.NewGuid():N}|livechat");
        await idle.SayAsync("I'm being bullied");
        clock.Advance(TimeSpan.FromHours(23));
        await recent.SayAsync("I'm being bullied");
        clock.Advance(TimeSpan.FromHours(2));

        await bot.Services.GetServices<IHostedService>().OfType<RetentionSweeper>().Single().SweepOnceAsync(CancellationToken.None);

        var idleReplies = await idle.SayAsync("Online");
        var recentReplies = await recent.SayAsync("Online");
        Assert.DoesNotContain("Block and report", Text(idleReplies), StringComparison.Ordinal);
        Assert.NotEqual("bullying", Flow(idleReplies));
        Assert.Contains("Block and report", Text(recentReplies), StringComparison.Ordinal);
        Assert.Equal("bullying", Flow(recentReplies));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
