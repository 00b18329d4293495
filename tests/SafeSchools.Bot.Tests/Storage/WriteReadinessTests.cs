using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Storage;
using SafeSchools.Bot.Storage.Tests;
using SafeSchools.Bot.Tests.Infrastructure;
using static SafeSchools.Bot.Tests.Infrastructure.TurnReplies;

namespace SafeSchools.Bot.Tests.Storage;

/// <summary>
/// The default SQLite store reads but cannot write: /readyz says so (503 with a reason), a child still gets the 999
/// line, and readiness comes back by itself once the file takes writes again. /healthz is not affected.
/// </summary>
public sealed class WriteReadinessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("safeschools-readyz-").FullName;
    private readonly string _path;

    public WriteReadinessTests() => _path = Path.Combine(_folder, "state.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (File.Exists(_path))
        {
            ReadOnlySqliteFile.Clear(_path);
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ReadOnlySqliteFile_Readyz503WithReason_HealthzStill200()
    {
        var seed = new SqliteStorage(_path, TimeProvider.System);
        await seed.WriteAsync(new Dictionary<string, StoreItem> { ["seed"] = new("{}") });
        Assert.True((await seed.CheckReadyAsync()).IsReady);
        ReadOnlySqliteFile.Set(_path);

        await using var bot = await StartAsync(TimeProvider.System);
        var (status, body) = await GetAsync(bot, "/readyz");
        var (liveness, _) = await GetAsync(bot, "/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal(StoreReadiness.WritesFailing, body.GetProperty("reason").GetString());
        Assert.Equal("unavailable", body.GetProperty("status").GetString());
        Assert.DoesNotContain("Exception", body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("readonly", body.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, liveness);
    }

    [Fact]
    public async Task WritesFailMidRun_Readyz503AtOnce_AChildStillGets999_ThenReadyAgainByItself()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await StartAsync(clock);
        var user = new EmulatorUser(bot, $"readonly-{Guid.NewGuid():N}|livechat");
        var before = await GetAsync(bot, "/readyz");

        ReadOnlySqliteFile.Set(_path);
        var duringOutage = await user.SayAsync("I'm being bullied");
        var afterTheFailedWrite = await GetAsync(bot, "/readyz");
        clock.Advance(TimeSpan.FromSeconds(6));
        var probedWhileReadOnly = await GetAsync(bot, "/readyz");

        ReadOnlySqliteFile.Clear(_path);
        clock.Advance(TimeSpan.FromSeconds(6));
        var afterwards = await GetAsync(bot, "/readyz");
        var conversation = await user.SayAsync("I'm being bullied");

        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Contains(duringOutage, r => r.Text?.Contains(Apology, StringComparison.Ordinal) == true && r.Text.Contains("call 999", StringComparison.Ordinal));
        // Within the cache time, so the failed write itself (not a probe) made it not ready.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, afterTheFailedWrite.Status);
        Assert.Equal(StoreReadiness.WritesFailing, afterTheFailedWrite.Body.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, probedWhileReadOnly.Status);
        Assert.Equal(HttpStatusCode.OK, afterwards.Status);
        Assert.Contains("Is it happening online, in person, or both?", Text(conversation), StringComparison.Ordinal);
    }

    private Task<BotHost> StartAsync(TimeProvider clock) =>
        BotHost.StartAsync(
            new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Storage:SqlitePath"] = _path },
            builder => builder.Services.AddSingleton(clock));

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(BotHost bot, string path)
    {
        using var response = await bot.Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, body);
    }
}
