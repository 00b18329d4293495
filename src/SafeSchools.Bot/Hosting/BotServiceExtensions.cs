using SafeSchools.Bot.Bots;
using SafeSchools.Bot.Content;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Authentication;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.DirectLine;
using SafeSchools.Bot.Logging;
using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Safeguarding.Conversations;
using SafeSchools.Bot.Storage;
using SafeSchools.Bot.Understanding;
using SafeSchools.Bot.Web;

namespace SafeSchools.Bot.Hosting;

/// <summary>Registers the protocol adapter, the bot and its middleware.</summary>
internal static class BotServiceExtensions
{
    public static WebApplicationBuilder AddBotServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .PostConfigure<IConfiguration>((options, configuration) => StandardBotSettings.Fill(options, configuration))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddOptions<WebOptions>().BindConfiguration(WebOptions.SectionName);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ConversationHasher>();
        builder.Services.AddSingleton<TurnLoggingMiddleware>();
        builder.AddBotAuthentication();
        builder.Services.AddSingleton<TurnErrorHandler>();
        builder.Services.AddSingleton<IdempotentTurnMiddleware>();
        builder.Services.AddSingleton(services => Configure(services, new CloudAdapter(
            services.GetRequiredService<IBotAuthenticator>(),
            services.GetRequiredService<IConnectorClientFactory>())));
        return builder.AddBotStorage().AddSafeguarding().AddDirectLine();
    }

    private static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<DirectLineTokenService>();
        builder.Services.AddSingleton<DirectLineConversationStore>();
        builder.Services.AddSingleton(services => Configure(services, new DirectLineAdapter(services.GetRequiredService<TimeProvider>())));
        builder.Services.AddHostedService<DirectLineSweeper>();
        builder.Services.AddDirectLineRateLimits();
        return builder;
    }

    // Every channel's turns run through the same middleware and the same error handling. A retried activity is answered
    // from its first turn's replies before anything acts on the message again (understanding, alerts).
    private static TAdapter Configure<TAdapter>(IServiceProvider services, TAdapter adapter)
        where TAdapter : BotAdapter
    {
        adapter.Use(services.GetRequiredService<TurnLoggingMiddleware>());
        adapter.Use(services.GetRequiredService<DangerLineOncePerTurnMiddleware>());
        adapter.Use(services.GetRequiredService<IdempotentTurnMiddleware>());
        adapter.Use(services.GetRequiredService<RecognizerMiddleware>());
        adapter.Use(services.GetRequiredService<SafeguardingAlertMiddleware>());
        adapter.OnTurnError = services.GetRequiredService<TurnErrorHandler>().HandleAsync;
        return adapter;
    }
}
