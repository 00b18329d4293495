using SafeSchools.Bot.Content;
using SafeSchools.Bot.DirectLine;
using SafeSchools.Bot.Endpoints;
using SafeSchools.Bot.Web;

namespace SafeSchools.Bot.Hosting;

/// <summary>Builds the bot's web application: services, logging and endpoints.</summary>
internal static class BotApplication
{
    /// <summary>The address the bot listens on when neither --urls nor ASPNETCORE_URLS says otherwise.</summary>
    public const string DefaultUrl = "http://localhost:3978";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The bot's own folder, not the working directory: appsettings.json, dialogs/ and data/ are found wherever it is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = WebRoot.Locate(args),
        });
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.AddBotLogging();
        builder.AddBotServices();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.CheckBotAuthentication();
        app.Services.CompileSafeguarding();
        app.UseWebChat();
        app.UseWebSockets();
        app.UseRateLimiter();
        app.MapHealthApi();
        app.MapMessagesApi();
        app.MapDirectLineApi();
        return app;
    }
}
