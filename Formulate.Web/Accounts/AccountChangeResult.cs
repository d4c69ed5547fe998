using Formulate.Data.Entities;
using Formulate.Web.People;

namespace Formulate.Web.Accounts;

/// <param name="Account">The account as saved; as it is now, after a conflict.</param>
/// <param name="Password">A password Formulate made: shown once, never stored.</param>
public sealed record AccountChangeResult(
    AccountChangeStatus Status, UserAccount? Account = null, IReadOnlyList<FieldError>? Errors = null, string? Password = null)
{
    public const string ConflictMessage =
        "Someone else changed this account after you opened this page, so your change was not saved. " +
        "The account is shown below as it is now, with what you typed kept in the form: check it, then save again if your change is still needed.";

    public IReadOnlyList<FieldError> Problems => Errors ?? [];
}
