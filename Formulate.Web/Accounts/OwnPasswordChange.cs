using Formulate.Data.Entities;
using Formulate.Web.People;

namespace Formulate.Web.Accounts;

/// <param name="Errors">The problems, each against its field; none when the password was changed.</param>
/// <param name="Account">The account with its new password and security stamp, when it was changed.</param>
public sealed record OwnPasswordChange(IReadOnlyList<FieldError> Errors, UserAccount? Account = null);
