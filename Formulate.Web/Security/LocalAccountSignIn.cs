using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Security;

/// <summary>
/// Checks a user name and password against Formulate's own accounts, with lockout (<see cref="LockoutPolicy"/>). A user
/// name that no account has is answered exactly as one that an account has: the password is hashed as long, and its
/// failures are counted and locked alike (<see cref="UnknownUserNameFailures"/>).
/// </summary>
public sealed class LocalAccountSignIn(
    IDbContextFactory<FormulateDbContext> contextFactory,
    IPasswordHasher<UserAccount> hasher,
    TimeProvider timeProvider,
    IOptions<FormulateSignInOptions> options,
    UnknownUserNameFailures unknownNames)
{
    private const int Attempts = 3;

    // Checked against when the user name is unknown, so that a wrong name takes as long as a wrong password: made by the
    // same hasher as the accounts' hashes, so that it costs the same.
    private static readonly UserAccount Nobody = new() { UserName = "", DisplayName = "" };
    private readonly Lazy<string> _nobodyHash = new(() => hasher.HashPassword(Nobody, Guid.NewGuid().ToString()));

    public async Task<SignInAttempt> SignInAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        if (!options.Value.LocalAccountsEnabled)
        {
            return new SignInAttempt(SignInOutcome.LocalAccountsDisabled);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TrySignInAsync(userName.Trim(), password, cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Another sign-in for the same account changed its failure count first; count again from fresh.
            }
        }
    }

    private async Task<SignInAttempt> TrySignInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        // Whatever its case, as accounts are unique whatever their case; an exact match decides between older accounts that are not.
        var account = await context.UserAccounts.Include(u => u.Roles).FindNamedAsync(userName, cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        if (account is null)
        {
            return UnknownName(userName, password, now);
        }

        if (account.LockoutEndsAt is { } lockedUntil && lockedUntil > now)
        {
            return new SignInAttempt(SignInOutcome.LockedOut, LockoutEndsAt: lockedUntil);
        }

        // An account made by signing in through the council's provider signs in there, even if it was given a password.
        var verdict = account.PasswordHash is null || account.ExternalId is not null
            ? PasswordVerificationResult.Failed
            : hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            return await RecordFailureAsync(context, account, now, cancellationToken).ConfigureAwait(false);
        }

        if (!account.IsActive)
        {
            return new SignInAttempt(SignInOutcome.Inactive);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = hasher.HashPassword(account, password);
        }

        account.FailedSignInCount = 0;
        account.LockoutEndsAt = null;
        context.AuditAs(account.UserName, "Sign-in recorded");
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new SignInAttempt(SignInOutcome.Succeeded, AccountPrincipal.Create(account));
    }

    private SignInAttempt UnknownName(string userName, string password, DateTimeOffset now)
    {
        if (unknownNames.LockedUntil(userName, now) is { } lockedUntil)
        {
            return new SignInAttempt(SignInOutcome.LockedOut, LockoutEndsAt: lockedUntil);
        }

        hasher.VerifyHashedPassword(Nobody, _nobodyHash.Value, password);
        return unknownNames.RecordFailure(userName, now, options.Value) is { } until
            ? new SignInAttempt(SignInOutcome.LockedOut, LockoutEndsAt: until)
            : new SignInAttempt(SignInOutcome.WrongCredentials);
    }

    private async Task<SignInAttempt> RecordFailureAsync(
        FormulateDbContext context, UserAccount account, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Counted on past a lock, so that each lock in a row is longer than the one before; a sign-in or an administrator resets it.
        account.FailedSignInCount++;
        SignInAttempt result = new(SignInOutcome.WrongCredentials);
        if (LockoutPolicy.LockedUntil(account.FailedSignInCount, now, options.Value) is { } until)
        {
            account.LockoutEndsAt = until;
            result = new SignInAttempt(SignInOutcome.LockedOut, LockoutEndsAt: until);
        }

        context.AuditAs(account.UserName, "Failed sign-in recorded");
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }
}
