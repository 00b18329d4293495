using System.Globalization;
using SafeSchools.Bot.FaultSuite;

// Kill -9 under load and a soak: runs the built bot as its own process on SQLite (the default store), drives
// conversations through the bullying flow the way the Emulator does, kills the process with SIGKILL every few
// seconds, starts it again on the same database, and checks every turn's reply. A turn cut off by a kill is sent
// again with the same activity id once the bot is back, as a channel retries; its reply must be the step's reply.
// Usage (from the repository root, after `dotnet build -c Release src/SafeSchools.Bot`):
//   dotnet run -c Release --project bench/SafeSchools.Bot.FaultSuite -- [--users 20] [--seconds 60] [--kill-every 6]
// A 30-minute soak without kills: --seconds 1800 --kill-every 0
var users = IntOption(args, "--users", 20);
var seconds = IntOption(args, "--seconds", 60);
var killEvery = IntOption(args, "--kill-every", 6);

var folder = Directory.CreateTempSubdirectory("safeschools-faults-").FullName;
await using var bot = new BotUnderTest(Path.Combine(folder, "state.db"));
await bot.StartAsync();
var report = await new FaultRun(bot, users, TimeSpan.FromSeconds(seconds), killEvery > 0 ? TimeSpan.FromSeconds(killEvery) : null).RunAsync();
Console.WriteLine(report);
await bot.DisposeAsync();
Directory.Delete(folder, recursive: true);
return report.Passed ? 0 : 1;

static int IntOption(string[] args, string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
