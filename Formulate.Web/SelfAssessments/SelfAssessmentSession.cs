using System.Globalization;
using Formulate.Data.SelfAssessments;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Formulate.Web.SelfAssessments;

/// <summary>
/// Which self-assessment this browser may see: a protected cookie, set when an invitation or a return code is given and
/// good for a limited time. Nothing else identifies the person; no id ever appears in an address.
/// </summary>
public sealed class SelfAssessmentSession(IDataProtectionProvider protection, TimeProvider clock, IOptions<SelfAssessmentOptions> options)
{
    public const string CookieName = "formulate-self-assessment";

    private readonly IDataProtector _protector = protection.CreateProtector("Formulate.SelfAssessment.Session");

    public void Begin(HttpContext context, Guid selfAssessmentId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var expires = clock.GetUtcNow().AddMinutes(options.Value.SessionMinutes);
        var value = _protector.Protect($"{selfAssessmentId:N}|{expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}");
        context.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            Path = "/self-assessment",
        });
    }

    /// <summary>The self-assessment this browser opened, or null when it has none or its time is up.</summary>
    public Guid? Current(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Cookies[CookieName] is not { Length: > 0 } value)
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(value).Split('|');
            var expires = DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[1], CultureInfo.InvariantCulture));
            return expires > clock.GetUtcNow() ? Guid.ParseExact(parts[0], "N") : null;
        }
        catch (Exception error) when (error is System.Security.Cryptography.CryptographicException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    public static void End(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/self-assessment" });
    }
}
