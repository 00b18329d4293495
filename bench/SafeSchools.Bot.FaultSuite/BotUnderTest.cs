using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SafeSchools.Bot.FaultSuite;

/// <summary>The built bot (src/SafeSchools.Bot/bin/Release) as its own process on one SQLite file, killed and started at will.</summary>
internal sealed class BotUnderTest(string databasePath) : IAsyncDisposable
{
    private readonly int _port = FreePort();
    private Process? _process;

    public Uri MessagesUrl => new($"http://127.0.0.1:{_port}/api/messages");

    public int Starts { get; private set; }

    /// <summary>The bot process's resident memory now, in MiB; null while it is down.</summary>
    public double? ResidentMebibytes()
    {
        try
        {
            if (_process is not { HasExited: false } process)
            {
                return null;
            }

            process.Refresh();
            return process.WorkingSet64 / (1024.0 * 1024.0);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public async Task StartAsync()
    {
        var root = RepositoryRoot();
        var dll = Path.Combine(root, "src", "SafeSchools.Bot", "bin", "Release", "net10.0", "SafeSchools.Bot.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("Build the bot first: dotnet build -c Release src/SafeSchools.Bot", dll);
        }

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{_port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Storage__Provider"] = "Sqlite";
        start.Environment["Storage__SqlitePath"] = databasePath;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Starts++;
        await WaitUntilReadyAsync();
    }

    /// <summary>SIGKILL: no shutdown, no flush, whatever was in flight is cut off.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await KillAsync();

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{_port}/readyz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The bot did not become ready within 60 s.");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SafeSchools.Bot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("Run from inside the repository.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
