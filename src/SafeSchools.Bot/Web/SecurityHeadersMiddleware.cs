using Microsoft.Extensions.Options;

namespace SafeSchools.Bot.Web;

/// <summary>
/// Headers for every response: a Content-Security-Policy that allows only the bot's own origin (Web Chat's bundle is
/// served from here, never a CDN), no referrer, no sniffing, and no caching of pages that may show a conversation.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<WebOptions> options)
{
    private readonly string _frameAncestors = options.Value.WidgetHosts.Count == 0
        ? "'self'"
        : "'self' " + string.Join(' ', options.Value.WidgetHosts);

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        var host = context.Request.Host.Value;
        var socketScheme = context.Request.IsHttps ? "wss" : "ws";

        // Web Chat injects its styles at run time, so styles need 'unsafe-inline'; scripts never do.
        headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
            $"connect-src 'self' {socketScheme}://{host}; font-src 'self' data:; media-src 'self' blob:; object-src 'none'; " +
            $"base-uri 'none'; form-action 'self'; frame-ancestors {_frameAncestors}";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
        headers.CacheControl = "no-store";
        return next(context);
    }
}
