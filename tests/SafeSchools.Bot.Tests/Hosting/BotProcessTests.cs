using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Tests.Endpoints;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Hosting;

/// <summary>The bot started as an operator starts it: its own process, from wherever they happen to be.</summary>
public sealed class BotProcessTests
{
    [Fact]
    public async Task Start_PortAlreadyTaken_SaysSoInOneLineWithoutAStackTraceAndExitsNonZero()
    {
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var port = ((IPEndPoint)other.LocalEndpoint).Port;
        await using var bot = BotProcess.Start(Path.GetTempPath(), "--urls", $"http://127.0.0.1:{port}");

        var exit = await bot.WaitForExitAsync();

        Assert.NotEqual(0, exit);
        var said = Assert.Single(bot.Output, line => line.Contains("in use", StringComparison.Ordinal));
        Assert.Contains($"Port {port} is already in use; set ASPNETCORE_URLS", said, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Output, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Output, line => line.Contains("Exception", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_ContentWithAProblem_SaysWhichFileAndLineWithoutAStackTraceAndExitsNonZero()
    {
        var dialogs = Directory.CreateTempSubdirectory("safeschools-broken-dialogs-");
        try
        {
            CopyFolder(RepositoryPaths.Dialogs, dialogs.FullName);
            var services = Path.Combine(dialogs.FullName, "services.yaml");
            await File.WriteAllTextAsync(services, (await File.ReadAllTextAsync(services)).Replace("name:", "nmae:", StringComparison.Ordinal));
            await using var bot = BotProcess.Start(Path.GetTempPath(), "--urls", "http://127.0.0.1:0", "--Content:DialogsPath", dialogs.FullName);

            var exit = await bot.WaitForExitAsync();

            Assert.NotEqual(0, exit);
            Assert.Contains(bot.Output, line => line.Contains("the content in dialogs/ has problems", StringComparison.Ordinal));
            Assert.Contains(bot.Output, line => line.Contains("services.yaml line", StringComparison.Ordinal));
            Assert.DoesNotContain(bot.Output, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        }
        finally
        {
            dialogs.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Start_FromAnotherDirectory_ReadsItsOwnSettingsAndContent_AndLogsTurnsWhenAsked()
    {
        var elsewhere = Directory.CreateTempSubdirectory("safeschools-elsewhere-");
        try
        {
            await using var bot = BotProcess.Start(
                elsewhere.FullName, "--urls", "http://127.0.0.1:0", "--Serilog:MinimumLevel:Override:SafeSchools.Bot.Logging.TurnLoggingMiddleware", "Debug");
            using var client = new HttpClient { BaseAddress = await bot.WaitUntilListeningAsync() };
            var message = EmulatorActivities.Message(new Uri("http://127.0.0.1:9"), "c1", "hello") with { DeliveryMode = DeliveryModes.ExpectReplies };

            var replies = await ExpectRepliesTests.ReadRepliesAsync(await client.PostAsJsonAsync("/api/messages", message, BotJson.Options));

            Assert.Contains(replies.Activities, r => r.Text?.Contains("call 999", StringComparison.Ordinal) == true);
            await WaitForAsync(() => bot.Output.Any(line => line.Contains("Turn message on emulator", StringComparison.Ordinal)));
            Assert.Contains(bot.Output, line => line.Contains("Emulator dev mode", StringComparison.Ordinal));
            Assert.Empty(elsewhere.EnumerateFileSystemInfos());
        }
        finally
        {
            elsewhere.Delete(recursive: true);
        }
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
