using System.Text.Json;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Tests.Infrastructure;

/// <summary>What a user sees in one turn's replies: the text of its messages, its cards and the turn trace.</summary>
public static class TurnReplies
{
    public const string DangerLine = "If you're in danger right now, call 999";

    public const string Apology = "Sorry, something went wrong";

    /// <summary>All message text of the turn, one message per line.</summary>
    public static string Text(IEnumerable<Activity> replies) =>
        string.Join("\n", replies.Where(r => r.Type == ActivityTypes.Message).Select(r => r.Text).Where(t => t is not null));

    /// <summary>How many of the turn's messages contain <paramref name="text"/>.</summary>
    public static int CountMessagesContaining(IEnumerable<Activity> replies, string text) =>
        replies.Count(r => r.Type == ActivityTypes.Message && r.Text?.Contains(text, StringComparison.Ordinal) == true);

    /// <summary>True when one of the turn's cards mentions <paramref name="text"/>.</summary>
    public static bool HasCardMentioning(IEnumerable<Activity> replies, string text) =>
        replies.SelectMany(r => r.Attachments ?? []).Any(a => JsonSerializer.Serialize(a.Content, BotJson.Options).Contains(text, StringComparison.Ordinal));

    /// <summary>The flow the trace says is active after the turn (null when none).</summary>
    public static string? Flow(IEnumerable<Activity> replies) => Trace(replies).GetProperty("flow").GetString();

    /// <summary>The turn's <c>safeschools.turn</c> trace; exactly one per turn on the emulator channel.</summary>
    public static JsonElement Trace(IEnumerable<Activity> replies) =>
        (JsonElement)replies.Single(r => r.Type == ActivityTypes.Trace && r.Name == "safeschools.turn").Value!;
}
