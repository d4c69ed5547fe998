namespace Formulate.Web.Security;

public enum SignInOutcome
{
    Succeeded,
    WrongCredentials,
    LockedOut,
    Inactive,
    LocalAccountsDisabled,
}
