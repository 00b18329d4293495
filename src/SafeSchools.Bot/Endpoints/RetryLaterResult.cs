using System.Globalization;

namespace SafeSchools.Bot.Endpoints;

/// <summary>An error (429 or 503) with <c>Retry-After</c>: how many seconds to wait before asking again.</summary>
internal sealed class RetryLaterResult(int statusCode, string message, TimeSpan retryAfter) : IResult
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var seconds = Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
        httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return ErrorResponse.Result(statusCode, message).ExecuteAsync(httpContext);
    }
}
