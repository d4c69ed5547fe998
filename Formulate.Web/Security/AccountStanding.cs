namespace Formulate.Web.Security;

public enum AccountStanding
{
    /// <summary>The account signs in as it did: same name, teams and roles.</summary>
    Unchanged,

    /// <summary>The account still signs in, but its name, teams or roles have changed since.</summary>
    Changed,

    /// <summary>The account has gone, been deactivated, or local accounts have been switched off.</summary>
    Ended,

    /// <summary>The account has a new password since this session began, set in another session or by an administrator.</summary>
    PasswordChanged,

    /// <summary>The session itself has ended (signed out, or ended for a reason recorded with it), or is not known.</summary>
    SessionEnded,
}
