using Microsoft.Extensions.Options;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Safeguarding.Content;
using SafeSchools.Bot.Safeguarding.Conversations;
using SafeSchools.Bot.Understanding;
using SafeSchools.Bot.Understanding.Model;

namespace SafeSchools.Bot.Content;

/// <summary>
/// Loads dialogs/ (flows, services, alert patterns, labelled examples) once at start-up, compiles it, and registers
/// the safeguarding bot and its alert middleware. A broken file stops the bot with file, line and reason.
/// </summary>
internal static class SafeguardingServiceExtensions
{
    public static WebApplicationBuilder AddSafeguarding(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.SectionName);
        builder.Services.AddSingleton(services => ContentLoader.Load(DialogsPath(services)));
        builder.Services.AddSingleton(services => AlertDetector.Load(DialogsPath(services)));
        builder.Services.AddOptions<UnderstandingOptions>()
            .BindConfiguration(UnderstandingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(services => UnderstandingFactory.LoadModel(DialogsPath(services), Understanding(services)));
        builder.Services.AddSingleton<IRecognizer>(services => UnderstandingFactory.Compose(
            services.GetRequiredService<UnderstandingModel>(), services.GetRequiredService<AlertDetector>(), Understanding(services)));
        builder.Services.AddSingleton<RecognizerMiddleware>();
        builder.Services.AddSingleton(services => new TopicRoutes(Understanding(services).IntentThreshold));
        builder.Services.AddSingleton<SafeguardingAlertMiddleware>();
        builder.Services.AddSingleton<DangerLineOncePerTurnMiddleware>();
        builder.Services.AddSingleton<IBot>(services =>
        {
            var routes = services.GetRequiredService<TopicRoutes>();
            return new SafeguardingBot(
                services.GetRequiredService<ConversationState>(),
                services.GetRequiredService<SafeguardingContent>(),
                services.GetRequiredService<AlertDetector>().Catalog,
                routes.Route,
                routes.TopicOf,
                services.GetRequiredService<IRecognizer>());
        });
        return builder;
    }

    /// <summary>Builds everything compiled from content now, so a bad file stops start-up rather than a turn.</summary>
    public static void CompileSafeguarding(this IServiceProvider services) => services.GetRequiredService<IBot>();

    private static UnderstandingOptions Understanding(IServiceProvider services) =>
        services.GetRequiredService<IOptions<UnderstandingOptions>>().Value;

    private static string DialogsPath(IServiceProvider services) =>
        services.GetRequiredService<IOptions<ContentOptions>>().Value.ResolveDialogsPath(services.GetRequiredService<IHostEnvironment>().ContentRootPath);
}
