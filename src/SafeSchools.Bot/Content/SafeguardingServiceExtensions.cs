using Microsoft.Extensions.Options;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Safeguarding.Content;
using SafeSchools.Bot.Safeguarding.Conversations;

namespace SafeSchools.Bot.Content;

/// <summary>
/// Loads dialogs/ (flows, services, alert patterns, intent phrases) once at start-up, compiles it, and registers
/// the safeguarding bot and its alert middleware. A broken file stops the bot with file, line and reason.
/// </summary>
internal static class SafeguardingServiceExtensions
{
    public static WebApplicationBuilder AddSafeguarding(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.SectionName);
        builder.Services.AddSingleton(services => ContentLoader.Load(DialogsPath(services)));
        builder.Services.AddSingleton(services => AlertDetector.Load(DialogsPath(services)));
        builder.Services.AddSingleton(services => IntentRoutingFactory.Create(DialogsPath(services)));
        builder.Services.AddSingleton<SafeguardingAlertMiddleware>();
        builder.Services.AddSingleton<IBot>(services => new SafeguardingBot(
            services.GetRequiredService<ConversationState>(),
            services.GetRequiredService<SafeguardingContent>(),
            services.GetRequiredService<AlertDetector>().Catalog,
            services.GetRequiredService<IntentRouting>()));
        return builder;
    }

    /// <summary>Builds everything compiled from content now, so a bad file stops start-up rather than a turn.</summary>
    public static void CompileSafeguarding(this IServiceProvider services) => services.GetRequiredService<IBot>();

    private static string DialogsPath(IServiceProvider services) =>
        services.GetRequiredService<IOptions<ContentOptions>>().Value.ResolveDialogsPath();
}
