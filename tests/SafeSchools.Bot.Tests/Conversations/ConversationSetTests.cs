using System.Text.Json.Nodes;
using SafeSchools.Bot.Evaluation;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Conversations;

/// <summary>
/// The project's own conversations, typed as young people and parents type, played against the real bot (trained
/// recognizer included). Floors, not pins: they fail when the bot stops listening, whichever lines cause it.
/// </summary>
public sealed class ConversationSetTests
{
    private static string SetPath(string name) => Path.Combine(RepositoryPaths.Root, "tests", "SafeSchools.Bot.Tests", "Conversations", name);

    [Fact]
    public async Task OwnConversations_RarelyFallBack_AndSayWhatMatters()
    {
        await using var bot = await BotHost.StartAsync();
        var report = await PlayAsync(bot, "own.jsonl");

        Assert.True(report.Conversations >= 60, $"{report.Conversations} conversations");
        Assert.True(report.FallbackRate <= OwnSetFloors.MaxFallbackRate, report.Format(details: true));
        Assert.True(report.ExpectationRate >= OwnSetFloors.MinExpectationRate, report.Format(details: true));
    }

    // Sets written by helpers who never saw the bot's data and never read to fix a failure (kept out of tuning): floors a
    // little below their first pass, so a change that makes the bot listen worse to people it was not tuned on fails here.
    [Theory]
    [InlineData("blind-18.jsonl", 0.05, 0.85)]
    [InlineData("blind-20.jsonl", 0.05, 0.87)]
    [InlineData("blind-21.jsonl", 0.05, 0.9)]
    public async Task KeptOutConversations_RarelyFallBack_AndSayWhatMatters(string file, double maxFallbackRate, double minExpectationRate)
    {
        await using var bot = await BotHost.StartAsync();
        var report = await PlayAsync(bot, file);

        Assert.True(report.Conversations >= 40, $"{report.Conversations} conversations");
        Assert.True(report.FallbackRate <= maxFallbackRate, report.Format(details: false));
        Assert.True(report.ExpectationRate >= minExpectationRate, report.Format(details: false));
    }

    [Fact]
    public async Task PlayedConversation_IsKeptAsATranscriptTheEmulatorOpens()
    {
        await using var bot = await BotHost.StartAsync();
        using var client = new HttpClient();
        var player = new ConversationPlayer(client, new Uri(bot.BaseAddress, "/api/messages"));
        var script = new ConversationScript("transcript", "a test", [new ScriptedTurn("are you a real person", null, []), new ScriptedTurn(null, "young person", [])]);

        var (turns, transcript) = await player.PlayAsync(script);
        var reread = JsonNode.Parse(transcript.ToJsonString())!.AsArray();
        var typed = reread.First(a => a!["from"]?["role"]?.GetValue<string>() == "user")!;

        Assert.Equal(2, turns.Count);
        Assert.Equal("message", reread[0]!["type"]!.GetValue<string>());
        Assert.Equal("are you a real person", typed["text"]!.GetValue<string>());
        Assert.Contains(reread, a => a!["type"]!.GetValue<string>() == "message" && a["from"]?["role"]?.GetValue<string>() != "user");
        Assert.All(reread, a => Assert.NotNull(a!["conversation"]?["id"]));
        Assert.Contains(reread, a => a!["text"]?.GetValue<string>() == "I'm a young person");
    }

    private static async Task<ConversationReport> PlayAsync(BotHost bot, string file)
    {
        using var client = new HttpClient();
        var player = new ConversationPlayer(client, new Uri(bot.BaseAddress, "/api/messages"));
        return await player.PlaySetAsync(file, ConversationScript.ReadJsonl(SetPath(file)));
    }

    private static class OwnSetFloors
    {
        public const double MaxFallbackRate = 0.05;
        public const double MinExpectationRate = 0.87;
    }
}
