using System.Text.Json.Nodes;

namespace SafeSchools.Bot.Evaluation;

/// <summary>
/// A conversation saved as an Emulator <c>.transcript</c> (what <c>eval conversations --transcripts</c> writes, and what
/// Bot Framework Emulator opens), read back: what the person typed, in order, and what the bot said to them. Playing the
/// typed turns again and comparing what the bot says is a transcript test (Bot Builder's transcript-based tests).
/// </summary>
internal static class TranscriptReplay
{
    /// <summary>The typed turns of a transcript, as a script with no expectations.</summary>
    public static ConversationScript ScriptOf(JsonArray transcript, string id)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var turns = transcript
            .Where(a => ConversationPlayer.IsMessage(a) && IsFromUser(a))
            .Select(a => new ScriptedTurn(a!["text"]?.GetValue<string>() ?? string.Empty, null, []))
            .ToList();
        return new ConversationScript(id, "replayed transcript", turns);
    }

    /// <summary>What the bot said, message by message: its text, cards and buttons, then its suggested actions.</summary>
    public static IReadOnlyList<string> BotMessages(JsonArray transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        return [.. transcript.Where(a => ConversationPlayer.IsMessage(a) && !IsFromUser(a)).Select(Describe)];
    }

    private static string Describe(JsonNode? activity)
    {
        var actions = activity?["suggestedActions"]?["actions"]?.AsArray().Select(a => a?["title"]?.GetValue<string>()) ?? [];
        return ConversationPlayer.ReplyText([activity]).Trim() + string.Concat(actions.Select(title => $"\n[{title}]"));
    }

    private static bool IsFromUser(JsonNode? activity) => activity?["from"]?["role"]?.GetValue<string>() == "user";
}
