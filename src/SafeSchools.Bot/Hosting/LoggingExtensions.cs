using Serilog;

namespace SafeSchools.Bot.Hosting;

/// <summary>Serilog as the only logging provider, configured from the <c>Serilog</c> section.</summary>
internal static class LoggingExtensions
{
    public static WebApplicationBuilder AddBotLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        return builder;
    }
}
