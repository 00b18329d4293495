using Microsoft.Extensions.Options;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Authentication;

namespace SafeSchools.Bot.Hosting;

/// <summary>
/// Wires /api/messages authentication from <see cref="BotOptions"/>: with an app id, Bot Framework tokens are checked
/// on the way in and client-credentials tokens are sent on the way out; without one (Development, or explicitly
/// allowed), no tokens either way. Replies only ever go to a service URL the request's token vouches for, or to
/// loopback.
/// </summary>
internal static class BotAuthenticationExtensions
{
    private const string MetadataClient = "BotAuthentication.Metadata";
    private const string TokenClient = "BotAuthentication.Token";
    private const string ConnectorClient = nameof(HttpConnectorClientFactory);
    private static readonly TimeSpan MetadataTimeout = TimeSpan.FromSeconds(10);

    public static WebApplicationBuilder AddBotAuthentication(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        // A black-holed metadata endpoint holds only the one request that shares the fetch, and not for HttpClient's 100 s.
        builder.Services.AddHttpClient(MetadataClient, client => client.Timeout = MetadataTimeout);
        builder.Services.AddHttpClient(TokenClient);
        builder.Services.AddHttpClient(ConnectorClient);

        builder.Services.AddSingleton<IBotAuthenticator>(services =>
        {
            var options = services.GetRequiredService<IOptions<BotOptions>>().Value;
            return options.HasAppId
                ? new BotFrameworkAuthenticator(
                    new BotAuthenticationOptions
                    {
                        AppId = options.MicrosoftAppId,
                        TenantId = NullIfEmpty(options.MicrosoftAppTenantId),
                        ChannelOpenIdMetadataUrl = options.Authentication.ChannelOpenIdMetadataUrl,
                        EmulatorOpenIdMetadataUrl = options.Authentication.EmulatorOpenIdMetadataUrl,
                        RequireHttpsMetadata = options.Authentication.RequireHttpsMetadata,
                    },
                    services.GetRequiredService<IHttpClientFactory>().CreateClient(MetadataClient),
                    services.GetRequiredService<TimeProvider>(),
                    services.GetRequiredService<ILogger<BotFrameworkAuthenticator>>())
                : new DevelopmentAuthenticator();
        });

        builder.Services.AddSingleton<IAccessTokenProvider>(services =>
        {
            var options = services.GetRequiredService<IOptions<BotOptions>>().Value;
            return options.HasAppId
                ? new ClientCredentialsTokenProvider(
                    services.GetRequiredService<IHttpClientFactory>().CreateClient(TokenClient),
                    new ClientCredentialsOptions
                    {
                        AppId = options.MicrosoftAppId,
                        AppPassword = options.MicrosoftAppPassword,
                        TenantId = NullIfEmpty(options.MicrosoftAppTenantId),
                        TokenEndpoint = options.Authentication.TokenEndpoint,
                    },
                    services.GetRequiredService<TimeProvider>())
                : new NoAccessTokenProvider();
        });

        builder.Services.AddSingleton<IConnectorClientFactory>(services => new TrustedServiceUrlConnectorClientFactory(
            new HttpConnectorClientFactory(
                services.GetRequiredService<IHttpClientFactory>().CreateClient(ConnectorClient),
                services.GetRequiredService<IAccessTokenProvider>())));
        return builder;
    }

    /// <summary>
    /// Reads the settings once the app is built, so bad settings stop the host before it listens, and says loudly
    /// when /api/messages accepts requests without a token outside Development.
    /// </summary>
    public static void CheckBotAuthentication(this WebApplication app)
    {
        // Reading the value runs BotOptionsValidator; an OptionsValidationException names every problem.
        var options = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotAuthenticationExtensions).FullName!);
        if (options.HasAppId)
        {
            logger.LogInformation("Bot Framework authentication is on: requests to /api/messages need a token for the bot's app id");
        }
        else if (!app.Environment.IsDevelopment())
        {
            logger.LogWarning(
                "SECURITY WARNING: Bot:AllowUnauthenticated is true and there is no Bot:MicrosoftAppId in the {Environment} environment. "
                + "/api/messages accepts requests WITHOUT any token and replies only to loopback service URLs. "
                + "Do not expose this to Teams or the internet; set Bot:MicrosoftAppId and Bot:MicrosoftAppPassword instead",
                app.Environment.EnvironmentName);
        }
        else
        {
            logger.LogInformation("Emulator dev mode: no app id, so no tokens are checked or sent, and replies go only to loopback service URLs");
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
