using Microsoft.Data.Sqlite;
using SafeSchools.Bot.Tests.Infrastructure;
using static SafeSchools.Bot.Tests.Infrastructure.TurnReplies;

namespace SafeSchools.Bot.Tests.Storage;

public sealed class RestartTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("safeschools-restart-");

    [Fact]
    public async Task NewHost_SameSqliteFile_ConversationCarriesOnFromThePendingQuestion()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SqlitePath"] = Path.Combine(_folder.FullName, "state.db"),
        };
        var conversation = $"restart-{Guid.NewGuid():N}|livechat";

        await using (var before = await BotHost.StartAsync(settings))
        {
            var user = new EmulatorUser(before, conversation);
            await user.StartAsync();
            await user.SayAsync("I'm a young person");
            var question = await user.SayAsync("I'm being bullied");
            Assert.Contains("Is it happening online, in person, or both?", Text(question), StringComparison.Ordinal);
        }

        // As after a process restart: no pooled connection survives, only the file.
        SqliteConnection.ClearAllPools();
        await using var after = await BotHost.StartAsync(settings);
        var replies = await new EmulatorUser(after, conversation).SayAsync("Online");

        Assert.Contains("Block and report", Text(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("Nobody deserves to be bullied", Text(replies), StringComparison.Ordinal);
        Assert.True(HasCardMentioning(replies, "Childline"));
        Assert.Contains("Is there anything else going on?", Text(replies), StringComparison.Ordinal);
        Assert.Equal("bullying", Flow(replies));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
