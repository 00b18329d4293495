using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace SafeSchools.Bot.Tests.Infrastructure;

/// <summary>
/// nginx (Debian's package, installed by scripts/install-test-prerequisites.sh) running the shipped
/// <c>deployment/nginx.conf</c> on loopback, with <c>bot1</c> and <c>bot2</c> pointing at two bot hosts. Its access log
/// says which instance served each request.
/// </summary>
public sealed partial class NginxProxy : IAsyncDisposable
{
    public const string NginxPath = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _folder;

    private NginxProxy(Process process, string folder, Uri baseAddress)
    {
        _process = process;
        _folder = folder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Starts nginx in front of <paramref name="bot1"/> and <paramref name="bot2"/> and waits until it answers.</summary>
    public static async Task<NginxProxy> StartAsync(Uri bot1, Uri bot2)
    {
        var folder = Directory.CreateTempSubdirectory("safeschools-nginx-").FullName;
        var port = LoopbackPort.Free();
        var shipped = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "deployment", "nginx.conf"));
        var site = shipped
            .Replace("bot1:8080", $"127.0.0.1:{bot1.Port}", StringComparison.Ordinal)
            .Replace("bot2:8080", $"127.0.0.1:{bot2.Port}", StringComparison.Ordinal)
            .Replace("listen 80;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal);
        var config = $$"""
            daemon off;
            {{(Environment.UserName == "root" ? "user root;" : string.Empty)}}
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 512; }
            http {
              log_format upstreams '$request_method $uri $status $upstream_addr';
              access_log {{folder}}/access.log upstreams;
              client_body_temp_path {{folder}}/body;
              proxy_temp_path {{folder}}/proxy;
              fastcgi_temp_path {{folder}}/fastcgi;
              uwsgi_temp_path {{folder}}/uwsgi;
              scgi_temp_path {{folder}}/scgi;
            {{site}}
            }
            """;
        var configPath = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(configPath, config);
        var start = new ProcessStartInfo(NginxPath) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", folder, "-c", configPath, "-e", Path.Combine(folder, "error.log") })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var proxy = new NginxProxy(process, folder, new Uri($"http://127.0.0.1:{port}/"));
        await proxy.WaitUntilAnsweringAsync();
        return proxy;
    }

    /// <summary>The instance ("host:port") that served the latest Direct Line request, from the access log.</summary>
    public string LastDirectLineUpstream()
    {
        var lines = File.ReadAllLines(Path.Combine(_folder, "access.log"));
        var last = lines.Last(line => line.Contains(" /v3/directline/", StringComparison.Ordinal));
        // With a retry nginx logs every instance it tried ("a:1, b:2"); the last one answered.
        return UpstreamAddress().Matches(last)[^1].Value;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("nginx stopped: " + await _process.StandardError.ReadToEndAsync()
                    + File.ReadAllText(Path.Combine(_folder, "error.log")));
            }

            try
            {
                using var response = await client.GetAsync("healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("nginx did not answer within 10 s.");
    }

    [GeneratedRegex(@"127\.0\.0\.1:\d+")]
    private static partial Regex UpstreamAddress();
}
