using System.Text.Json.Nodes;
using SafeSchools.Bot.Evaluation;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Conversations;

/// <summary>
/// Transcript tests: each conversation in Conversations/Transcripts is a <c>.transcript</c> that officers open in Bot
/// Framework Emulator (File, Open Transcript). Played again, the bot must say the same things in the same order, so
/// what officers reviewed is what people see. Re-record after a reviewed content change (see the folder's README).
/// </summary>
public sealed class TranscriptReplayTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "SafeSchools.Bot.Tests", "Conversations", "Transcripts");

    public static TheoryData<string> Transcripts() =>
        [.. Directory.GetFiles(Folder, "*.transcript").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task RecordedTranscript_PlaysBackToTheSameReplies(string file)
    {
        var recorded = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, file)))!.AsArray();
        await using var bot = await BotHost.StartAsync();
        using var client = new HttpClient();
        var player = new ConversationPlayer(client, new Uri(bot.BaseAddress, "/api/messages"));

        var (_, replayed) = await player.PlayAsync(TranscriptReplay.ScriptOf(recorded, file));

        Assert.NotEmpty(TranscriptReplay.ScriptOf(recorded, file).Turns);
        Assert.Equal(TranscriptReplay.BotMessages(recorded), TranscriptReplay.BotMessages(replayed));
    }
}
