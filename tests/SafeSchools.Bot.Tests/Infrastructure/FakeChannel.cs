using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Tests.Infrastructure;

/// <summary>
/// Plays the Emulator's channel side over real HTTP: accepts the bot's posts to
/// <c>/v3/conversations/{id}/activities[/{replyToId}]</c> and records the path and activity of each.
/// </summary>
public sealed class FakeChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedActivity> _received = new();
    private readonly SemaphoreSlim _arrivals = new(0);

    private FakeChannel(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>When true, the channel answers 200 with an empty body, as offline Direct Line servers do.</summary>
    public bool AnswerWithEmptyBody { get; set; }

    public IReadOnlyCollection<ReceivedActivity> Received => _received;

    public static async Task<FakeChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var channel = new FakeChannel(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId?}", channel.ReceiveAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        channel.ServiceUrl = new Uri(address);
        return channel;
    }

    /// <summary>Waits until <paramref name="count"/> activities in total have arrived, or fails after a few seconds.</summary>
    public async Task<IReadOnlyList<ReceivedActivity>> WaitForAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (_received.Count < count)
        {
            await _arrivals.WaitAsync(timeout.Token);
        }

        return _received.ToList();
    }

    /// <summary>
    /// Waits until <paramref name="turns"/> trace activities (each turn's last activity) have arrived; returns
    /// everything received so far.
    /// </summary>
    public async Task<IReadOnlyList<ReceivedActivity>> WaitForTracesAsync(int turns)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (_received.Count(r => r.Activity.Type == "trace") < turns)
        {
            await _arrivals.WaitAsync(timeout.Token);
        }

        return _received.ToList();
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        var activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, BotJson.Options);
        var rawTarget = request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
        _received.Enqueue(new ReceivedActivity(rawTarget, request.Headers.Authorization.ToString(), activity!));
        _arrivals.Release();
        return AnswerWithEmptyBody ? Results.Ok() : Results.Json(new ResourceResponse(Guid.NewGuid().ToString("N")));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrivals.Dispose();
    }
}
