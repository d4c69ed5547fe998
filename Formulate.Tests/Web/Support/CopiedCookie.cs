using Formulate.Web.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Net.Http.Headers;

namespace Formulate.Tests.Web.Support;

/// <summary>
/// A copy of a sign-in cookie taken from a response, as someone who read it off the wire or out of a browser would have
/// it, sent again later from another browser that keeps nothing it is given.
/// </summary>
public sealed class CopiedCookie
{
    private readonly string _header;

    private CopiedCookie(string header) => _header = header;

    /// <summary>The sign-in cookie <paramref name="response"/> set (in one piece or in chunks).</summary>
    public static CopiedCookie From(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var pieces = SetCookieHeaderValue.ParseList(response.Headers.TryGetValues(HeaderNames.SetCookie, out var values) ? [.. values] : [])
            .Where(cookie => cookie.Name.Value!.StartsWith(CookieScheme.CookieName, StringComparison.Ordinal) && cookie.Value.Length > 0)
            .Select(cookie => $"{cookie.Name}={cookie.Value}")
            .ToList();
        return pieces.Count == 0
            ? throw new InvalidOperationException($"The response ({response.StatusCode}) set no sign-in cookie.")
            : new CopiedCookie(string.Join("; ", pieces));
    }

    public async Task<HttpResponseMessage> GetAsync(FormulateWebFactory factory, string url)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(HeaderNames.Cookie, _header);
        return await client.SendAsync(request);
    }
}
