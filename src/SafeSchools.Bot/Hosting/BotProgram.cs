using Microsoft.Extensions.Options;
using SafeSchools.Bot.Commands;
using SafeSchools.Bot.Safeguarding.Content;
using SafeSchools.Bot.Safeguarding.Text;
using Serilog;

namespace SafeSchools.Bot.Hosting;

/// <summary>The entry point: runs the web host, with a bootstrap logger that catches start-up failures.</summary>
internal static class BotProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (BotCommandLine.IsCommand(args))
        {
            return await BotCommandLine.RunAsync(args, Console.Out, Console.Error);
        }

        Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();
        try
        {
            var app = BotApplication.Build(args);
            await app.RunAsync();
            return 0;
        }
        catch (Exception ex) when (PortInUse.Is(ex))
        {
            Log.Fatal("SafeSchools.Bot did not start: {Problem}", PortInUse.Describe(ex));
            return 1;
        }
        catch (OptionsValidationException ex)
        {
            Log.Fatal("SafeSchools.Bot did not start: its settings have problems:{NewLine}{Problems}", Environment.NewLine, string.Join(Environment.NewLine, ex.Failures));
            return 1;
        }
        catch (ContentValidationException ex)
        {
            Log.Fatal("SafeSchools.Bot did not start: the content in dialogs/ has problems:{NewLine}{Problems}", Environment.NewLine, string.Join(Environment.NewLine, ex.Errors));
            return 1;
        }
        catch (CatalogException ex)
        {
            Log.Fatal("SafeSchools.Bot did not start: dialogs/alerts.yaml has problems:{NewLine}{Problems}", Environment.NewLine, string.Join(Environment.NewLine, ex.Errors));
            return 1;
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
