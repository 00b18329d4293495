using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace SafeSchools.Bot.Storage.Tests;

/// <summary>
/// A private PostgreSQL cluster for the tests: initdb + pg_ctl in a temporary folder, listening only on loopback
/// on a free port; never a shared server. ./test.sh installs Debian's <c>postgresql</c> package when it is missing.
/// </summary>
public sealed class PostgreSqlServer : IAsyncLifetime
{
    private string _binaries = string.Empty;
    private string _dataFolder = string.Empty;
    private bool _running;

    public int Port { get; private set; }

    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";

    public async Task InitializeAsync()
    {
        _binaries = FindBinaries();
        _dataFolder = Directory.CreateTempSubdirectory("safeschools-pg-").FullName;
        if (IsRoot)
        {
            await RunAsync("chown", $"postgres:postgres {_dataFolder}", asPostgres: false);
        }

        await RunAsync(Path.Combine(_binaries, "initdb"), $"-D {_dataFolder} -A trust -U postgres -E UTF8 --no-sync");
        Port = FreePort();
        await StartAsync();
    }

    /// <summary>Starts the server again after <see cref="StopAsync"/>, on the same port and data.</summary>
    public async Task StartAsync()
    {
        await RunAsync(
            Path.Combine(_binaries, "pg_ctl"),
            $"-D {_dataFolder} -l {_dataFolder}/server.log -w -t 60 -o \"-p {Port} -k {_dataFolder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start");
        _running = true;
    }

    /// <summary>Stops the server (fast shutdown: open connections are closed), keeping its data for <see cref="StartAsync"/>.</summary>
    public async Task StopAsync()
    {
        await RunAsync(Path.Combine(_binaries, "pg_ctl"), $"-D {_dataFolder} -m fast -w -t 60 stop");
        _running = false;
    }

    /// <summary>Creates a fresh database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name}";
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_running)
        {
            await RunAsync(Path.Combine(_binaries, "pg_ctl"), $"-D {_dataFolder} -m immediate -w stop");
        }

        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string FindBinaries()
    {
        var root = new DirectoryInfo("/usr/lib/postgresql");
        var bin = root.Exists
            ? root.GetDirectories().OrderByDescending(d => int.TryParse(d.Name, out var v) ? v : 0).Select(d => Path.Combine(d.FullName, "bin")).FirstOrDefault(Directory.Exists)
            : null;
        return bin ?? throw new InvalidOperationException("PostgreSQL is not installed; run ./test.sh, which installs Debian's postgresql package.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // initdb refuses to run as root, so as root the server's commands run as the postgres user.
    private static async Task RunAsync(string file, string arguments, bool asPostgres = true)
    {
        var start = asPostgres && IsRoot
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}")
            : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
