using Microsoft.Extensions.Options;

namespace SafeSchools.Bot.Web;

/// <summary>The web chat pages: static files from wwwroot, security headers, and the pages' settings.</summary>
internal static class WebChatApi
{
    public static WebApplication UseWebChat(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapGet("/parents", () => TypedResults.LocalRedirect("/parents.html"));
        app.MapGet("/privacy", () => TypedResults.LocalRedirect("/privacy.html"));
        app.MapGet("/web/config.json", (IOptions<WebOptions> options) => TypedResults.Ok(new { quickExitUrl = options.Value.QuickExitUrl }));
        return app;
    }
}
