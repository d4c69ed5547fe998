namespace Formulate.Web.Accounts;

public enum AccountChangeStatus
{
    Saved,

    /// <summary>Something typed is wrong; the errors say what.</summary>
    Invalid,

    /// <summary>The change would leave nobody able to administer accounts, or lock the administrator out; the errors say why.</summary>
    Refused,

    /// <summary>Someone else changed the account after the form was filled in.</summary>
    Conflict,

    NotFound,
}
