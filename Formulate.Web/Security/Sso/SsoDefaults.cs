namespace Formulate.Web.Security.Sso;

public static class SsoDefaults
{
    public const string Scheme = "Sso";

    /// <summary>Starts sign-in at the council's provider; takes <c>ReturnUrl</c>.</summary>
    public const string StartPath = "/sign-in/sso";

    public const string CallbackPath = "/sign-in/sso/callback";

    /// <summary>Set on the sign-in page's address when the provider's sign-in did not complete.</summary>
    public const string FailedQuery = "ssoFailed";

    internal const string NonceKey = "nonce";
}
