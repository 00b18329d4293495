using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Hosting;

namespace SafeSchools.Bot.Tests.Infrastructure;

/// <summary>The real bot host on a free loopback port, as a user's `dotnet run` would start it.</summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the host in the Development environment (or <paramref name="environment"/>) on a free port.</summary>
    public static async Task<BotHost> StartAsync(
        IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null, string environment = "Development")
    {
        var app = BotApplication.Build(["--urls", "http://127.0.0.1:0", "--environment", environment, "--webroot", RepositoryPaths.WebRoot], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" });
            builder.Services.AddSingleton(SharedSentenceEncoder.Instance);
            if (settings is not null)
            {
                builder.Configuration.AddInMemoryCollection(settings);
            }

            configure?.Invoke(builder);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotHost(app, new Uri(address));
    }

    public Task<HttpResponseMessage> PostActivityAsync(Activity activity) =>
        Client.PostAsJsonAsync("/api/messages", activity, BotJson.Options);

    /// <summary>Posts <paramref name="activity"/> with the given Authorization header value (none when null).</summary>
    public async Task<HttpResponseMessage> PostActivityAsync(Activity activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity, options: BotJson.Options) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
