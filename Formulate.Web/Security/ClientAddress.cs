namespace Formulate.Web.Security;

internal static class ClientAddress
{
    /// <remarks>After the forwarded headers, so behind the council's proxy this is the client's address, not the proxy's.</remarks>
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
