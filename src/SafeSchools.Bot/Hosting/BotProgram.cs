using SafeSchools.Bot.Commands;
using Serilog;

namespace SafeSchools.Bot.Hosting;

/// <summary>The entry point: runs the web host, with a bootstrap logger that catches start-up failures.</summary>
internal static class BotProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (BotCommandLine.IsCommand(args))
        {
            return BotCommandLine.Run(args, Console.Out, Console.Error);
        }

        Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();
        try
        {
            var app = BotApplication.Build(args);
            await app.RunAsync();
            return 0;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.Fatal(ex, "SafeSchools.Bot stopped because it could not start or run");
            return 1;
        }
        finally
        {
            await Log.CloseAndFlushAsync();
        }
    }
}
