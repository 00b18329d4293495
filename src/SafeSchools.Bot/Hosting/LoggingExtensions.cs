using Serilog;

namespace SafeSchools.Bot.Hosting;

/// <summary>
/// Serilog as the only logging provider, configured from the <c>Serilog</c> section. Kestrel's and the host's own
/// reports of a taken port (each a stack trace) are left out: <see cref="BotProgram"/> says it in one line.
/// </summary>
internal static class LoggingExtensions
{
    public static WebApplicationBuilder AddBotLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Filter.ByExcluding(logEvent => PortInUse.Is(logEvent.Exception))
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        return builder;
    }
}
