using System.Security.Claims;
using Formulate.Data.Entities;

namespace Formulate.Web.Security;

/// <param name="Current">The account as it stands now, when it has <see cref="AccountStanding.Changed"/>.</param>
/// <param name="SessionEndedBecause">Why the session had ended, when it has <see cref="AccountStanding.SessionEnded"/>.</param>
public sealed record AccountCheckOutcome(AccountStanding Standing, ClaimsPrincipal? Current = null, SessionEnd? SessionEndedBecause = null)
{
    public static readonly AccountCheckOutcome Unchanged = new(AccountStanding.Unchanged);

    public static readonly AccountCheckOutcome Ended = new(AccountStanding.Ended);

    public static readonly AccountCheckOutcome PasswordChanged = new(AccountStanding.PasswordChanged);

    public static AccountCheckOutcome SessionEnded(SessionEnd why) => new(AccountStanding.SessionEnded, SessionEndedBecause: why);

    /// <summary>Why the session ends, if this outcome ends it.</summary>
    public SessionEnd? EndsSession => Standing switch
    {
        AccountStanding.Ended => SessionEnd.AccountEnded,
        AccountStanding.PasswordChanged => SessionEnd.PasswordChanged,
        AccountStanding.SessionEnded => SessionEndedBecause ?? SessionEnd.SignedOut,
        _ => null,
    };
}
