namespace SafeSchools.Bot.Endpoints;

/// <summary><c>GET /healthz</c>: answers 200 while the host is serving.</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" }));
        return app;
    }
}
