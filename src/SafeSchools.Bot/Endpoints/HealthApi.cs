using SafeSchools.Bot.Storage;

namespace SafeSchools.Bot.Endpoints;

/// <summary>
/// <c>GET /healthz</c>: the host is serving. <c>GET /readyz</c>: and its state store answers reads and takes writes
/// (503 with a short reason otherwise: <c>unreachable</c> or <c>writes-failing</c>; never an exception's text).
/// </summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" }));
        app.MapGet("/readyz", async (IStorageMaintenance store, CancellationToken cancellationToken) =>
            await store.CheckReadyAsync(cancellationToken) is { IsReady: false } readiness
                ? Results.Json(
                    new { status = "unavailable", store = "not-ready", reason = readiness.Reason ?? StoreReadiness.Unreachable },
                    statusCode: StatusCodes.Status503ServiceUnavailable)
                : Results.Ok(new { status = "ok", store = "ready" }));
        return app;
    }
}
