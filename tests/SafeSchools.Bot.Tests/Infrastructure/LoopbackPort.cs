using System.Net;
using System.Net.Sockets;

namespace SafeSchools.Bot.Tests.Infrastructure;

/// <summary>Ports on 127.0.0.1 for servers a test starts (or for a server that is deliberately not there).</summary>
public static class LoopbackPort
{
    /// <summary>A port nothing listens on right now: the system's pick, released at once.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
