using System.Security.Claims;

namespace Formulate.Web.Security;

/// <param name="Current">The account as it stands now, when it has <see cref="AccountStanding.Changed"/>.</param>
public sealed record AccountCheckOutcome(AccountStanding Standing, ClaimsPrincipal? Current = null)
{
    public static readonly AccountCheckOutcome Unchanged = new(AccountStanding.Unchanged);

    public static readonly AccountCheckOutcome Ended = new(AccountStanding.Ended);

    public static readonly AccountCheckOutcome PasswordChanged = new(AccountStanding.PasswordChanged);
}
