using System.Security.Cryptography;

namespace Formulate.Web.Security;

/// <summary>
/// The headers every response carries. Scripts run only from this site or with this response's
/// nonce; nothing may frame the service; addresses (which hold case ids) are never sent as a referrer.
/// Nothing but the static files may be kept by a browser or proxy cache (<see cref="NotCached"/>).
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "Formulate.CspNonce";

    /// <summary>The nonce an inline script on this response needs (<c>&lt;script nonce="..."&gt;</c>).</summary>
    public static string NonceFor(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[NonceKey] is not string nonce)
        {
            nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
            context.Items[NonceKey] = nonce;
        }

        return nonce;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var nonce = NonceFor(context);
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
                headers["Referrer-Policy"] = "no-referrer";
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                NotCached.Apply(context);
                return Task.CompletedTask;
            });
            return next(context);
        });

    // Styles may be inline: Blazor's reconnection dialog sets style attributes. Scripts may not.
    public static string ContentSecurityPolicy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self'; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";
}
