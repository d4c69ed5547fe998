namespace Formulate.Data.Entities;

/// <summary>Why a sign-in session ended, stored by name.</summary>
public enum SessionEndReason
{
    /// <summary>Its user signed out.</summary>
    SignedOut,

    /// <summary>Nothing was done for the session timeout, and the page signed its user out.</summary>
    Idle,

    /// <summary>It reached the council's limit on how long one sign-in lasts.</summary>
    TimeLimit,

    /// <summary>The account's password was changed in another session, or reset by an administrator.</summary>
    PasswordChanged,

    /// <summary>The account was deactivated or has gone, or local accounts were switched off.</summary>
    AccountEnded,
}
