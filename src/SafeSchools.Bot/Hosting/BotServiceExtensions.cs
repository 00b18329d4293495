using SafeSchools.Bot.Bots;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Authentication;
using SafeSchools.Bot.Logging;

namespace SafeSchools.Bot.Hosting;

/// <summary>Registers the protocol adapter, the bot and its middleware.</summary>
internal static class BotServiceExtensions
{
    public static WebApplicationBuilder AddBotServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ConversationHasher>();
        builder.Services.AddSingleton<TurnLoggingMiddleware>();
        builder.Services.AddSingleton<IBotAuthenticator, DevelopmentAuthenticator>();
        builder.Services.AddSingleton<IAccessTokenProvider, NoAccessTokenProvider>();
        builder.Services.AddHttpClient(nameof(HttpConnectorClientFactory));
        builder.Services.AddSingleton<IConnectorClientFactory>(sp => new HttpConnectorClientFactory(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(HttpConnectorClientFactory)),
            sp.GetRequiredService<IAccessTokenProvider>()));
        builder.Services.AddSingleton<TurnErrorHandler>();
        builder.Services.AddSingleton(CreateAdapter);
        builder.Services.AddSingleton<IBot, SafeSchoolsBot>();
        return builder;
    }

    private static CloudAdapter CreateAdapter(IServiceProvider services)
    {
        var adapter = new CloudAdapter(
            services.GetRequiredService<IBotAuthenticator>(),
            services.GetRequiredService<IConnectorClientFactory>());
        adapter.Use(services.GetRequiredService<TurnLoggingMiddleware>());
        adapter.OnTurnError = services.GetRequiredService<TurnErrorHandler>().HandleAsync;
        return adapter;
    }
}
