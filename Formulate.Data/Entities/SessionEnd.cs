namespace Formulate.Data.Entities;

/// <summary>Why a sign-in session ended: kept with the session, by name, and said on the sign-in page.</summary>
public enum SessionEnd
{
    /// <summary>The account was deactivated or removed, or local accounts were switched off.</summary>
    AccountEnded,

    /// <summary>The session reached the council's limit on how long one sign-in lasts.</summary>
    TimeLimit,

    /// <summary>The account's password was changed in another session, or reset by an administrator.</summary>
    PasswordChanged,

    /// <summary>Nothing was done for the session timeout, in any page.</summary>
    Idle,

    /// <summary>The session was signed out, perhaps in another tab or with another copy of its cookie, or is not known here.</summary>
    SignedOut,
}
