namespace Formulate.Web.Security.Sso;

public static class SsoDefaults
{
    public const string Scheme = "Sso";

    /// <summary>Starts sign-in at the council's provider; takes <c>ReturnUrl</c>.</summary>
    public const string StartPath = "/sign-in/sso";

    public const string CallbackPath = "/sign-in/sso/callback";

    /// <summary>Where the provider returns the browser after signing out there; register it as the post-logout redirect address.</summary>
    public const string SignedOutCallbackPath = "/sign-in/sso/signed-out";

    /// <summary>Set on the sign-in page's address when the provider's sign-in was refused, to the reason (<see cref="SsoRefusal"/>).</summary>
    public const string FailedQuery = "ssoFailed";

    public const string EntraSection = "AzureAd";
}
