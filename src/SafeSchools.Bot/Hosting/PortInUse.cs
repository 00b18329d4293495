using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;

namespace SafeSchools.Bot.Hosting;

/// <summary>
/// Recognises Kestrel's failure to listen because another process has the port, and says so in one line instead of
/// a stack trace.
/// </summary>
internal static partial class PortInUse
{
    /// <summary>Whether <paramref name="exception"/> (or one inside it) is a taken address.</summary>
    public static bool Is(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is AddressInUseException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What to tell the operator, naming the port when Kestrel's message does.</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var address = Address().Match(exception.Message);
        var port = address.Success && Uri.TryCreate(address.Groups["url"].Value, UriKind.Absolute, out var url) ? $"Port {url.Port}" : "The port";
        return $"{port} is already in use; set ASPNETCORE_URLS (or --urls) to another address, or stop the other process.";
    }

    // Kestrel says "Failed to bind to address http://127.0.0.1:3978: address already in use."
    [GeneratedRegex(@"(?<url>\b[a-z][a-z0-9+.-]*://\S+?):?\s", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
