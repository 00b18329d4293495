using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SafeSchools.Bot.Evaluation;
using SafeSchools.Bot.Hosting;

namespace SafeSchools.Bot.Commands;

/// <summary>
/// <c>eval conversations</c>: plays scripted conversations (<c>.jsonl</c>) against the bot, started in this process
/// with an in-memory store or already running at <c>--url</c> (its messaging endpoint), and prints per file: typed turns that fell back,
/// expectations met, messages carrying 999 per turn and words per turn. <c>--transcripts DIR</c> writes each
/// conversation as a <c>.transcript</c> file that Bot Framework Emulator opens; <c>--details</c> lists every fallback
/// and failed expectation.
/// </summary>
internal static class ConversationEvaluationCommand
{
    private static readonly string[] DefaultFiles =
    [
        "tests/SafeSchools.Bot.Tests/Conversations/own.jsonl",
        "tests/SafeSchools.Bot.Tests/Conversations/blind.jsonl",
        "tests/SafeSchools.Bot.Tests/Conversations/blind-2.jsonl",
        "tests/SafeSchools.Bot.Tests/Conversations/blind-3.jsonl",
        "tests/SafeSchools.Bot.Tests/Conversations/blind-4.jsonl",
        "tests/SafeSchools.Bot.Tests/Conversations/blind-5.jsonl",
        "tests/SafeSchools.Bot.Tests/Conversations/blind-6.jsonl",
        "tests/SafeSchools.Bot.Tests/Conversations/blind-7.jsonl",
        "tests/SafeSchools.Bot.Tests/Conversations/blind-8.jsonl",
        "tests/SafeSchools.Bot.Tests/Conversations/blind-9.jsonl",
        "tests/SafeSchools.Bot.Tests/Conversations/blind-10.jsonl",
        "tests/SafeSchools.Bot.Tests/Conversations/blind-11.jsonl",
        "tests/SafeSchools.Bot.Tests/Conversations/blind-12.jsonl",
        "tests/SafeSchools.Bot.Tests/Conversations/blind-13.jsonl",
        "tests/SafeSchools.Bot.Tests/Conversations/blind-14.jsonl",
        "tests/SafeSchools.Bot.Tests/Conversations/blind-15.jsonl",
        "tests/SafeSchools.Bot.Tests/Conversations/blind-16.jsonl",
        "tests/SafeSchools.Bot.Tests/Conversations/shared-dev.jsonl",
    ];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var url = Option(args, "--url");
        var transcripts = Option(args, "--transcripts");
        var details = args.Contains("--details");
        var files = Positional(args).Select(RepositoryFolder.ResolveFile).ToList();
        if (files.Count == 0)
        {
            files = [.. DefaultFiles.Select(RepositoryFolder.ResolveFile)];
        }

        if (files.FirstOrDefault(f => !File.Exists(f)) is { } missing)
        {
            error.WriteLine($"No file at {missing}.");
            return 2;
        }

        await using var host = url is null ? await InProcessBot.StartAsync() : null;
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var player = new ConversationPlayer(client, host?.Endpoint ?? new Uri(url!));
        foreach (var file in files)
        {
            IReadOnlyList<ConversationScript> scripts;
            try
            {
                scripts = ConversationScript.ReadJsonl(file);
            }
            catch (FormatException ex)
            {
                error.WriteLine(ex.Message);
                return 2;
            }

            var report = await player.PlaySetAsync(Path.GetFileName(file), scripts, transcripts is null ? null : (script, transcript) =>
            {
                Directory.CreateDirectory(transcripts);
                return File.WriteAllTextAsync(Path.Combine(transcripts, script.Id + ".transcript"), transcript.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            });
            output.WriteLine(report.Format(details));
        }

        return 0;
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        var index = args.ToList().IndexOf(name);
        return index >= 0 && index + 1 < args.Count ? args[index + 1] : null;
    }

    private static IEnumerable<string> Positional(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--url" or "--transcripts")
            {
                i++;
            }
            else if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                yield return args[i];
            }
        }
    }

    /// <summary>The bot on a free loopback port with an in-memory store, quiet except for warnings.</summary>
    private sealed class InProcessBot(WebApplication app, Uri endpoint) : IAsyncDisposable
    {
        public Uri Endpoint { get; } = endpoint;

        public static async Task<InProcessBot> StartAsync()
        {
            var app = BotApplication.Build(["--urls", "http://127.0.0.1:0", "--environment", "Development"], builder =>
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Storage:Provider"] = "Memory",
                    ["Serilog:MinimumLevel:Default"] = "Warning",
                    ["Serilog:MinimumLevel:Override:Microsoft"] = "Warning",
                }));
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new InProcessBot(app, new Uri(new Uri(address), "/api/messages"));
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
