using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SafeSchools.Bot.FaultSuite;

/// <summary>Virtual users chatting through the bullying flow while the bot is killed and restarted.</summary>
internal sealed class FaultRun(BotUnderTest bot, int users, TimeSpan duration, TimeSpan? killEvery)
{
    // Each step of one conversation and a phrase its reply must contain.
    private static readonly (string? Text, string Expected)[] Script =
    [
        (null, "Are you a young person, or a parent or carer?"),
        ("I'm a young person", "What would you like help with?"),
        ("I'm being bullied", "Is it happening online, in person, or both?"),
        ("Online", "Block and report"),
        ("That's all for now", "Well done for reaching out"),
    ];

    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(100);

    // A turn not answered within this, however often it is sent again, is lost.
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    private readonly List<double> _latencies = [];
    private readonly List<string> _wrong = [];
    private readonly Lock _gate = new();
    private int _conversations;
    private int _retried;
    private int _refused;
    private int _lost;
    private volatile bool _restarting;

    public async Task<FaultReport> RunAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        var killer = killEvery is { } every ? KillAgainAndAgainAsync(every, stop.Token) : Task.FromResult(0);
        var memory = SampleMemoryAsync(stop.Token);
        await Task.WhenAll(Enumerable.Range(0, users).Select(user => ChatAsync(http, user, stop.Token)));
        var kills = await killer;
        var samples = await memory;
        var sorted = _latencies.Order().ToArray();
        return new FaultReport(
            users, clock.Elapsed, kills, _conversations, sorted.Length, _retried, _refused, _lost, _wrong,
            Percentile(sorted, 0.50), Percentile(sorted, 0.99), MaxOf(samples, 0.1, 0.3), MaxOf(samples, 0.8, 1.0));
    }

    // The bot's resident memory every 5 seconds while it is up.
    private async Task<List<double>> SampleMemoryAsync(CancellationToken stop)
    {
        var samples = new List<double>();
        while (!stop.IsCancellationRequested)
        {
            if (bot.ResidentMebibytes() is { } now)
            {
                samples.Add(now);
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(5), stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return samples;
    }

    // The highest sample between two fractions of the run (e.g. its second and third tenths, after warming up).
    private static double MaxOf(List<double> samples, double from, double to) =>
        samples.Count == 0 ? 0 : samples.Skip((int)(from * samples.Count)).Take(Math.Max(1, (int)((to - from) * samples.Count))).DefaultIfEmpty(0).Max();

    private async Task<int> KillAgainAndAgainAsync(TimeSpan every, CancellationToken stop)
    {
        var kills = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            _restarting = true;
            await bot.KillAsync();
            kills++;
            await bot.StartAsync();
            _restarting = false;
        }

        return kills;
    }

    // Whole conversations, one after another, until the time is up; a conversation started is always finished.
    private async Task ChatAsync(HttpClient http, int user, CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var conversation = $"faults-{user}-{n}-{Guid.NewGuid():N}";
            foreach (var (text, expected) in Script)
            {
                if (!await TurnAsync(http, Activity(conversation, text), expected, conversation))
                {
                    Interlocked.Increment(ref _lost);
                    break;
                }
            }

            Interlocked.Increment(ref _conversations);
        }
    }

    // Sends one activity until the bot answers it (the same id each time, as a channel retries), then checks the reply;
    // false when it was never answered.
    private async Task<bool> TurnAsync(HttpClient http, JsonObject activity, string expected, string conversation)
    {
        var deadline = Stopwatch.StartNew();
        for (var attempt = 0; deadline.Elapsed < GiveUpAfter; attempt++)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.PostAsJsonAsync(bot.MessagesUrl, activity);
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500 || response.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
                {
                    Interlocked.Increment(ref _refused);
                    await Task.Delay(RetryPause);
                    continue;
                }

                var said = string.Join(" ", Texts(JsonNode.Parse(body)));
                lock (_gate)
                {
                    _latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (attempt > 0)
                    {
                        _retried++;
                    }

                    if (!response.IsSuccessStatusCode || !said.Contains(expected, StringComparison.Ordinal))
                    {
                        _wrong.Add($"{conversation} \"{activity["text"]}\" (attempt {attempt + 1}, {(int)response.StatusCode}): expected \"{expected}\", got \"{Shorten(said)}\"");
                    }
                }

                return true;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
            {
                // Killed mid-turn or not back yet: wait and send the same activity again.
                await Task.Delay(_restarting ? RetryPause : RetryPause / 2);
            }
        }

        return false;
    }

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "text" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? [s] : Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "...";

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    private static JsonObject Activity(string conversation, string? text)
    {
        var activity = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString("N"),
            ["type"] = text is null ? "conversationUpdate" : "message",
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://127.0.0.1:9",
            ["conversation"] = new JsonObject { ["id"] = conversation },
            ["from"] = new JsonObject { ["id"] = "user-" + conversation, ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["role"] = "bot" },
            ["locale"] = "en-GB",
            ["deliveryMode"] = "expectReplies",
        };
        if (text is null)
        {
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "bot" }, new JsonObject { ["id"] = "user-" + conversation });
        }
        else
        {
            activity["text"] = text;
        }

        return activity;
    }
}
