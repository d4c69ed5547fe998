namespace Formulate.Web.Security;

/// <summary>
/// Claims beyond the standard name (<c>ClaimTypes.Name</c>, the user name) and roles
/// (<c>ClaimTypes.Role</c>, named exactly as <c>Role</c>).
/// </summary>
public static class FormulateClaimTypes
{
    public const string DisplayName = "display_name";

    public const string Team = "team";

    public const string UserId = "user_id";

    /// <summary>The account's security stamp when the session began or last changed the password: a new password renews it.</summary>
    public const string SecurityStamp = "security_stamp";

    /// <summary>Present, as "true", while the account's password was given by an administrator and must be changed.</summary>
    public const string MustChangePassword = "must_change_password";

    /// <summary>When the session began, in UTC (ISO 8601): a session lasts at most <c>MaxSessionHours</c> from it.</summary>
    public const string SignedInAt = "signed_in_at";

    /// <summary>The server-side session this cookie belongs to (a <c>SignInSession</c>): once it has ended, the cookie is refused.</summary>
    public const string SessionId = "session_id";

    /// <summary>Present when the session signed in through the council's identity provider: its account has no password here.</summary>
    public const string SignInProvider = "sign_in_provider";
}
