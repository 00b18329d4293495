using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SafeSchools.Bot.Tests.Infrastructure;

/// <summary>
/// The built bot run as its own process, the way an operator starts it (<c>dotnet SafeSchools.Bot.dll</c>), from a
/// chosen working directory; everything it writes to the console is kept.
/// </summary>
public sealed partial class BotProcess : IAsyncDisposable
{
    // A first start on a fresh machine trains the understanding model (about a minute on a small machine).
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotProcess(Process process) => _process = process;

    /// <summary>Every line written to stdout and stderr so far.</summary>
    public IReadOnlyList<string> Output => [.. _output];

    /// <summary>Starts the bot in Development with in-memory state, from <paramref name="workingDirectory"/>.</summary>
    public static BotProcess Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryPaths.BotAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Storage__Provider"] = "Memory";
        start.Environment.Remove("ASPNETCORE_URLS");
        var bot = new BotProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        bot._process.OutputDataReceived += (_, line) => bot.Receive(line.Data);
        bot._process.ErrorDataReceived += (_, line) => bot.Receive(line.Data);
        bot._process.Start();
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>The address the bot says it listens on, once it does.</summary>
    public Task<Uri> WaitUntilListeningAsync() => _listening.Task.WaitAsync(StartTimeout);

    /// <summary>Waits for the bot to exit by itself; returns its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        await _process.WaitForExitAsync(timeout.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (NowListening().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups["url"].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex NowListening();
}
