using System.Security.Claims;

namespace Formulate.Web.Security;

/// <param name="Principal">Set when <see cref="Outcome"/> is <see cref="SignInOutcome.Succeeded"/>.</param>
/// <param name="LockoutEndsAt">Set when <see cref="Outcome"/> is <see cref="SignInOutcome.LockedOut"/>.</param>
public sealed record SignInAttempt(SignInOutcome Outcome, ClaimsPrincipal? Principal = null, DateTimeOffset? LockoutEndsAt = null);
