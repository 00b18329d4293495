using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

// Drives a running bot over HTTP the way a benchmark of the Bot Framework JS SDK would: each virtual user holds
// one Emulator-style conversation (expectReplies, no channel needed) through the bullying flow, again and again.
// Usage: dotnet run -c Release --project bench/SafeSchools.Bot.HttpBench -- [url] [users] [seconds]
var url = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:3978/api/messages");
var users = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
if (!url.IsLoopback)
{
    Console.Error.WriteLine("This harness only sends traffic to loopback addresses.");
    return 2;
}

string[] script = ["I'm a young person", "I'm being bullied", "Online", "That's all for now"];
using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
var latencies = new List<double>[users];
var failures = 0;

var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, users).Select(async user =>
{
    latencies[user] = [];
    for (var conversation = 0; !stop.IsCancellationRequested; conversation++)
    {
        var id = $"bench-{user}-{conversation}|livechat";
        foreach (var activity in new[] { Update(id) }.Concat(script.Select(text => Message(id, text))))
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.PostAsJsonAsync(url, activity, CancellationToken.None);
                _ = await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref failures);
            }

            latencies[user].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}));

var all = latencies.SelectMany(l => l).Order().ToArray();
double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(p * all.Length))];
Console.WriteLine($"{all.Length} turns by {users} users in {clock.Elapsed.TotalSeconds:0.0} s: {all.Length / clock.Elapsed.TotalSeconds:0} turns/s, " +
    $"p50 {Percentile(0.50):0.00} ms, p95 {Percentile(0.95):0.00} ms, p99 {Percentile(0.99):0.00} ms, {failures} failed");
return failures == 0 ? 0 : 1;

static JsonObject Base(string conversationId) => new()
{
    ["id"] = Guid.NewGuid().ToString("N"),
    ["channelId"] = "emulator",
    ["serviceUrl"] = "http://127.0.0.1:9",
    ["conversation"] = new JsonObject { ["id"] = conversationId },
    ["from"] = new JsonObject { ["id"] = "user-" + conversationId, ["role"] = "user" },
    ["recipient"] = new JsonObject { ["id"] = "bot", ["role"] = "bot" },
    ["locale"] = "en-GB",
    ["deliveryMode"] = "expectReplies",
};

static JsonObject Update(string conversationId)
{
    var activity = Base(conversationId);
    activity["type"] = "conversationUpdate";
    activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "bot" }, new JsonObject { ["id"] = "user-" + conversationId });
    return activity;
}

static JsonObject Message(string conversationId, string text)
{
    var activity = Base(conversationId);
    activity["type"] = "message";
    activity["text"] = text;
    return activity;
}
