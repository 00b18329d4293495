using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SafeSchools.Bot.Endpoints;

namespace SafeSchools.Bot.DirectLine;

/// <summary>
/// How many chats one client may start a minute (<see cref="DirectLineOptions.ChatsPerClientPerMinute"/>), with ASP.NET
/// Core's rate limiting: a fixed one-minute window per endpoint (<c>tokens/generate</c>, <c>conversations</c>) and client
/// address (an IPv6 client by its /64, which one home or phone network usually holds). Over it: 429 with Retry-After.
/// </summary>
/// <remarks>
/// The address is the connection's, so behind a reverse proxy the proxy must pass the client's address on
/// (<c>X-Forwarded-For</c>, with <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>); otherwise every client shares one limit.
/// </remarks>
internal static class DirectLineRateLimits
{
    public const string NewChatPolicy = "directline-new-chat";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddDirectLineRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<DirectLineOptions>>((limiter, directLine) =>
        {
            var permits = directLine.Value.ChatsPerClientPerMinute;
            limiter.AddPolicy(NewChatPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                PartitionOf(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = Window, QueueLimit = 0, AutoReplenishment = true }));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    private static string PartitionOf(HttpContext context)
    {
        var endpoint = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? string.Empty;
        return endpoint + " " + ClientOf(context.Connection.RemoteIpAddress);
    }

    /// <summary>The client a request is counted against: its IPv4 address, or its IPv6 /64.</summary>
    internal static string ClientOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString() + "/64";
    }

    private static ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        var result = new RetryLaterResult(
            StatusCodes.Status429TooManyRequests,
            "Too many new chats from this address in the last minute. Please try again shortly. If you're in danger right now, call 999.",
            retryAfter);
        return cancellationToken.IsCancellationRequested ? ValueTask.CompletedTask : new ValueTask(result.ExecuteAsync(context.HttpContext));
    }
}
