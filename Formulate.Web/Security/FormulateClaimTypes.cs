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

    /// <summary>When the session began, in UTC (ISO 8601): a session lasts at most <c>MaxSessionHours</c> from it.</summary>
    public const string SignedInAt = "signed_in_at";
}
