using SafeSchools.Bot.Storage;

namespace SafeSchools.Bot.Endpoints;

/// <summary><c>GET /healthz</c>: the host is serving. <c>GET /readyz</c>: and its state store answers.</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" }));
        app.MapGet("/readyz", async (IStorageMaintenance store, CancellationToken cancellationToken) =>
            await store.CheckReadyAsync(cancellationToken)
                ? Results.Ok(new { status = "ok", store = "ready" })
                : Results.Json(new { status = "unavailable", store = "unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }
}
