using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SafeSchools.Bot.Evaluation;

/// <summary>
/// Plays scripted conversations against a running bot's messaging endpoint over HTTP, the way the Emulator talks to it
/// (<c>deliveryMode: expectReplies</c>), and scores each turn as a user would notice it. Each conversation is also kept
/// as a transcript (the activities both ways), which Bot Framework Emulator opens.
/// </summary>
internal sealed partial class ConversationPlayer(HttpClient client, Uri endpoint)
{
    private static readonly string[] TextKeys = ["text", "title", "subtitle", "value", "displayText"];

    private int _sequence;

    /// <summary>
    /// Plays a whole set and reports it; <paramref name="onTranscript"/>, when given, receives each conversation's
    /// transcript as it is played.
    /// </summary>
    public async Task<ConversationReport> PlaySetAsync(
        string name, IReadOnlyList<ConversationScript> scripts, Func<ConversationScript, JsonArray, Task>? onTranscript = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        var turns = new List<PlayedTurn>();
        foreach (var script in scripts)
        {
            var (played, transcript) = await PlayAsync(script, cancellationToken);
            turns.AddRange(played);
            if (onTranscript is not null)
            {
                await onTranscript(script, transcript);
            }
        }

        return new ConversationReport(name, scripts.Count, turns);
    }

    /// <summary>Plays one conversation; returns its scored turns and its transcript.</summary>
    public async Task<(IReadOnlyList<PlayedTurn> Turns, JsonArray Transcript)> PlayAsync(ConversationScript script, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        var conversation = new Conversation(client, endpoint, $"eval-{Environment.ProcessId}-{Interlocked.Increment(ref _sequence)}|livechat", script.Id);
        var last = await conversation.SendAsync(new JsonObject { ["type"] = "conversationUpdate" }, cancellationToken);
        var played = new List<PlayedTurn>();
        string? lastMessage = null;
        foreach (var turn in script.Turns)
        {
            var expect = turn.Expect ?? [];
            string? sent;
            if (turn.Say is { } say)
            {
                sent = say;
            }
            else if (FindButton(last.Activities, turn.Press ?? string.Empty) is { } pressed)
            {
                sent = pressed;
            }
            else
            {
                played.Add(new PlayedTurn(script.Id, null, false, false, [], [.. expect, $"button /{turn.Press}/"], 0, 0, string.Empty));
                continue;
            }

            var reply = await conversation.SendAsync(new JsonObject { ["type"] = "message", ["text"] = sent }, cancellationToken);
            var messages = reply.Activities.Where(IsMessage).Select(a => ReplyText([a]).Trim()).ToList();
            var text = ReplyText(reply.Activities);
            var trace = Trace(reply.Activities);
            var repeated = turn.Say is not null && messages.Count > 0 && messages.TrueForAll(m => m == lastMessage);
            var fellBack = reply.Status >= 500 || messages.Count == 0 || FallbackWording().IsMatch(text) || repeated
                || trace?["interpretation"]?.GetValue<string>() == "miss";
            var (met, failed) = Check(expect, text, trace, sent);
            played.Add(new PlayedTurn(
                script.Id, sent, turn.Say is not null, fellBack, met, failed,
                reply.Activities.Count(a => IsMessage(a) && ReplyText([a]).Contains("999", StringComparison.Ordinal)),
                Words().Count(MarkdownMarkup().Replace(text, " ")), text, trace?["interpretation"]?.GetValue<string>() == "listening"));
            if (messages.Count > 0)
            {
                last = reply;
                lastMessage = messages[^1];
            }
        }

        return (played, conversation.Transcript);
    }

    private static (List<string> Met, List<string> Failed) Check(IReadOnlyList<string> expectations, string text, JsonNode? trace, string sent)
    {
        var alerts = trace?["alerts"]?.AsArray().Select(a => a?.GetValue<string>()).OfType<string>().ToList() ?? [];
        var flow = trace?["flow"]?.GetValue<string>();
        var intent = trace?["intent"]?.GetValue<string>();
        var emergency = flow is "emergency";
        var met = new List<string>();
        var failed = new List<string>();
        foreach (var expectation in expectations)
        {
            var holds = expectation == "no-alert"
                ? alerts.Count == 0 && !(emergency && !sent.Contains("danger", StringComparison.OrdinalIgnoreCase))
                : After(expectation, "alert:") is { } category ? alerts.Contains(category) || (category == "immediate-danger" && emergency)
                : After(expectation, "flow:") is { } name ? flow == name || intent == name
                : After(expectation, "!re:") is { } unwanted ? !Matches(text, unwanted)
                : After(expectation, "re:") is { } wanted && Matches(text, wanted);
            (holds ? met : failed).Add(expectation);
        }

        return (met, failed);
    }

    private static string? After(string expectation, string prefix) =>
        expectation.StartsWith(prefix, StringComparison.Ordinal) ? expectation[prefix.Length..] : null;

    private static bool Matches(string text, string pattern) => Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    internal static bool IsMessage(JsonNode? activity) => activity?["type"]?.GetValue<string>() == "message";

    private static JsonNode? Trace(IEnumerable<JsonNode?> activities) =>
        activities.LastOrDefault(a => a?["type"]?.GetValue<string>() == "trace" && a["name"]?.GetValue<string>() == "safeschools.turn")?["value"];

    /// <summary>All the text a user reads in the replies: messages, and card titles, texts and buttons (not suggested actions).</summary>
    internal static string ReplyText(IEnumerable<JsonNode?> activities) => string.Join('\n', activities.Where(IsMessage).Select(a =>
    {
        var parts = new List<string> { a!["text"]?.GetValue<string>() ?? string.Empty };
        Collect(a["attachments"], parts);
        return string.Join('\n', parts);
    }));

    private static void Collect(JsonNode? node, List<string> parts)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, parts);
                }

                break;
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (value is JsonValue scalar && scalar.TryGetValue<string>(out var s) && TextKeys.Contains(key) && !s.StartsWith("http", StringComparison.Ordinal))
                    {
                        parts.Add(s);
                    }
                    else if (value is JsonObject or JsonArray)
                    {
                        Collect(value, parts);
                    }
                }

                break;
        }
    }

    private static string? FindButton(IEnumerable<JsonNode?> activities, string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        foreach (var activity in activities.Where(IsMessage))
        {
            foreach (var button in Buttons(activity))
            {
                var title = button["title"]?.GetValue<string>() ?? button["text"]?.GetValue<string>() ?? string.Empty;
                if (regex.IsMatch(title))
                {
                    return button["value"] is JsonValue v && v.TryGetValue<string>(out var value) ? value : button["text"]?.GetValue<string>() ?? title;
                }
            }
        }

        return null;
    }

    private static IEnumerable<JsonObject> Buttons(JsonNode? node)
    {
        if (node is JsonArray array)
        {
            return array.SelectMany(Buttons);
        }

        if (node is not JsonObject obj)
        {
            return [];
        }

        var own = obj["type"] is JsonValue type && type.TryGetValue<string>(out var t) && ButtonType().IsMatch(t) && (obj["title"] is not null || obj["text"] is not null)
            ? [obj]
            : Array.Empty<JsonObject>();
        return own.Concat(obj.Select(p => p.Value).SelectMany(Buttons));
    }

    [GeneratedRegex(@"didn.?t (quite )?(understand|get that|catch that)|not sure what you mean|(don.?t|do not) understand|please (choose|pick|select|tap) (one|an option|from)", RegexOptions.IgnoreCase)]
    private static partial Regex FallbackWording();

    [GeneratedRegex(@"\*\*|__|\[|\]\([^)]*\)")]
    private static partial Regex MarkdownMarkup();

    [GeneratedRegex(@"[A-Za-z0-9'’]+")]
    private static partial Regex Words();

    [GeneratedRegex("imBack|postBack|messageBack|Action\\.Submit")]
    private static partial Regex ButtonType();

    private sealed class Conversation(HttpClient client, Uri endpoint, string conversationId, string scriptId)
    {
        private int _activity;

        public JsonArray Transcript { get; } = [];

        public async Task<(int Status, List<JsonNode?> Activities)> SendAsync(JsonObject activity, CancellationToken cancellationToken)
        {
            activity["id"] = $"{scriptId}-{++_activity}";
            activity["channelId"] = "emulator";
            activity["serviceUrl"] = "http://127.0.0.1:9/";
            activity["locale"] = "en-GB";
            activity["deliveryMode"] = "expectReplies";
            activity["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            activity["from"] = new JsonObject { ["id"] = "user", ["name"] = "User", ["role"] = "user" };
            activity["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "Bot", ["role"] = "bot" };
            activity["conversation"] = new JsonObject { ["id"] = conversationId };
            if (activity["type"]?.GetValue<string>() == "conversationUpdate")
            {
                activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "bot", ["name"] = "Bot" }, new JsonObject { ["id"] = "user", ["name"] = "User" });
            }
            else
            {
                Transcript.Add(activity.DeepClone());
            }

            using var response = await client.PostAsJsonAsync(endpoint, activity, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var activities = ActivitiesIn(body);
            foreach (var reply in activities)
            {
                Transcript.Add(reply?.DeepClone());
            }

            return ((int)response.StatusCode, activities);
        }

        private static List<JsonNode?> ActivitiesIn(string body)
        {
            try
            {
                return body.Length > 0 && JsonNode.Parse(body)?["activities"] is JsonArray array ? [.. array] : [];
            }
            catch (JsonException)
            {
                return [];
            }
        }
    }
}
