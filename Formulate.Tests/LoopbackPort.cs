using System.Net;
using System.Net.Sockets;

namespace Formulate.Tests;

/// <summary>A port on loopback that nothing is listening on, for a server a test starts.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
