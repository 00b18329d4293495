using System.Runtime.ExceptionServices;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Safeguarding.Content;
using SafeSchools.Bot.Safeguarding.Conversations;
using SafeSchools.Bot.Understanding;
using SafeSchools.Bot.Understanding.Meaning;
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
        // One encoder per host, created on first use; a test host may register one shared by many hosts instead.
        builder.Services.TryAddSingleton(_ => UnderstandingFactory.CreateSentenceEncoder());
        builder.Services.AddSingleton(services => UnderstandingFactory.CreateMeaning(
            DialogsPath(services), Understanding(services), services.GetRequiredService<UnderstandingModel>(), services.GetRequiredService<ISentenceEncoder>));
        builder.Services.AddSingleton<IRecognizer>(services => UnderstandingFactory.Compose(
            services.GetRequiredService<UnderstandingModel>(),
            services.GetRequiredService<AlertDetector>(),
            Understanding(services),
            Understanding(services).Meaning.Enabled ? services.GetRequiredService<SentenceMeaning>() : null));
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

    /// <summary>
    /// Builds everything compiled from content now, so a bad file stops start-up rather than a turn. The three loads
    /// are independent and run side by side: on a 2-core machine the content (~390 ms), the alert catalog (~170 ms) and
    /// the model (~130 ms) took about 0.7 s one after another (see bench/cold-start.sh).
    /// </summary>
    public static void CompileSafeguarding(this IServiceProvider services)
    {
        Task[] loads =
        [
            Task.Run(services.GetRequiredService<SafeguardingContent>),
            Task.Run(services.GetRequiredService<AlertDetector>),
            Task.Run(services.GetRequiredService<UnderstandingModel>),
        ];
        try
        {
            Task.WaitAll(loads);
        }
        catch (AggregateException ex)
        {
            // The first problem, as it would have been thrown loading one after another (content errors stop start-up with their lines).
            ExceptionDispatchInfo.Throw(ex.Flatten().InnerExceptions[0]);
        }

        services.GetRequiredService<IBot>();
        if (Understanding(services).Meaning is { Enabled: true } meaning)
        {
            WarmMeaningAfterStart(
                services.GetRequiredService<SentenceMeaning>(),
                meaning.WarmUpDelay,
                services.GetRequiredService<IHostApplicationLifetime>(),
                services.GetRequiredService<ILoggerFactory>().CreateLogger<SentenceMeaning>());
        }
    }

    // The example memory and the sentence encoder take about 0.3 s of CPU to load: not on the way to the first answer (most
    // first messages are decided without them; measured on 2 cores, cold start 0.55 s with them loaded before it, 0.51 s
    // loading beside it, 0.44 s after it), but usually before the first message that needs them.
    private static void WarmMeaningAfterStart(SentenceMeaning meaning, TimeSpan delay, IHostApplicationLifetime lifetime, ILogger logger) =>
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(delay, lifetime.ApplicationStopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (meaning.Warm() is { } failure)
            {
                logger.LogWarning("The sentence encoder could not be loaded ({Reason}); the model decides without meaning", failure.GetType().Name);
            }
        }));

    private static UnderstandingOptions Understanding(IServiceProvider services) =>
        services.GetRequiredService<IOptions<UnderstandingOptions>>().Value;

    private static string DialogsPath(IServiceProvider services) =>
        services.GetRequiredService<IOptions<ContentOptions>>().Value.ResolveDialogsPath(services.GetRequiredService<IHostEnvironment>().ContentRootPath);
}
