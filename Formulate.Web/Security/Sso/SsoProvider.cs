namespace Formulate.Web.Security.Sso;

public enum SsoProvider
{
    None,

    /// <summary>Microsoft Entra ID, through Microsoft.Identity.Web (the <c>AzureAd</c> section).</summary>
    Entra,

    /// <summary>Any other OpenID Provider, through ASP.NET Core's OpenID Connect handler (<c>Formulate:Sso:Authority</c>).</summary>
    OpenIdConnect,
}
