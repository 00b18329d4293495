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

    // The policy names the host the request came to; almost every request comes to the same one, so the last policy
    // built is kept (one entry: a client choosing Host headers can't grow it) rather than built for every request.
    private volatile HostPolicy? _last;

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = PolicyFor(context.Request.Host.Value ?? string.Empty, context.Request.IsHttps);
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
        headers.CacheControl = "no-store";
        return next(context);
    }

    private string PolicyFor(string host, bool https)
    {
        if (_last is { } last && last.Https == https && string.Equals(last.Host, host, StringComparison.Ordinal))
        {
            return last.Policy;
        }

        // Web Chat injects its styles at run time, so styles need 'unsafe-inline'; scripts never do.
        var policy =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
            $"connect-src 'self' {(https ? "wss" : "ws")}://{host}; font-src 'self' data:; media-src 'self' blob:; object-src 'none'; " +
            $"base-uri 'none'; form-action 'self'; frame-ancestors {_frameAncestors}";
        _last = new HostPolicy(host, https, policy);
        return policy;
    }

    private sealed record HostPolicy(string Host, bool Https, string Policy);
}
