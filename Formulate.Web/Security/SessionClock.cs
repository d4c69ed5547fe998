using System.Globalization;
using System.Security.Claims;

namespace Formulate.Web.Security;

/// <summary>When a session began, carried in its own claim so that an open page can tell as well as a request can.</summary>
public static class SessionClock
{
    public static DateTimeOffset? SignedInAt(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return DateTimeOffset.TryParse(user.FindFirstValue(FormulateClaimTypes.SignedInAt), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : null;
    }

    /// <summary>Records <paramref name="at"/> as when the session began, in place of anything recorded before.</summary>
    public static void Stamp(ClaimsIdentity identity, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(identity);
        foreach (var old in identity.FindAll(FormulateClaimTypes.SignedInAt).ToList())
        {
            identity.RemoveClaim(old);
        }

        identity.AddClaim(new Claim(FormulateClaimTypes.SignedInAt, at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)));
    }

    public static bool IsPastLimit(ClaimsPrincipal user, DateTimeOffset now, int maxSessionHours) =>
        SignedInAt(user) is { } at && now - at >= TimeSpan.FromHours(maxSessionHours);
}
