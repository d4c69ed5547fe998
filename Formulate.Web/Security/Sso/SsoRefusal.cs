namespace Formulate.Web.Security.Sso;

/// <summary>Why a sign-in through the council's provider was refused: each has its own message on the sign-in page and in the audit log.</summary>
public enum SsoRefusal
{
    /// <summary>Anything not listed below, such as the provider's own refusal or an unreachable provider.</summary>
    Failed,

    /// <summary>The token came from an issuer Formulate does not trust.</summary>
    WrongIssuer,

    /// <summary>An Entra ID token from another organisation's tenant.</summary>
    WrongTenant,

    WrongAudience,

    Expired,

    BadSignature,

    /// <summary>The token's nonce is not this sign-in's: replayed, or from another sign-in.</summary>
    ReplayedNonce,

    /// <summary>The sign-in came back to another browser, or after too long (the state or its correlation cookie).</summary>
    NotStartedHere,

    /// <summary>None of the person's groups or app roles maps to a Formulate role.</summary>
    Unmapped,

    /// <summary>The person's Formulate account has been deactivated.</summary>
    Deactivated,

    /// <summary>A Formulate account (with a password, or another provider identity) already has the person's user name.</summary>
    UserNameTaken,

    /// <summary>The person cancelled, or the provider refused, at the provider.</summary>
    DeniedAtProvider,

    /// <summary>The provider's token endpoint did not accept Formulate's own credential (<c>invalid_client</c>): a wrong, expired or unregistered certificate or secret.</summary>
    ClientRejected,
}
