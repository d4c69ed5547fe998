using Formulate.Data;
using Formulate.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Formulate.Web.People;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Web.Accounts;

/// <summary>
/// Someone signed in with a Formulate account changes their own password, for example to replace the one an
/// administrator gave them. The current password is asked for, so that a session left open cannot change it. A new
/// password that is easy to guess is refused (<see cref="GuessablePasswords"/>). The new password renews the account's
/// security stamp and ends every other session of the account on the server; the session that changed it carries on.
/// </summary>
public sealed class OwnPassword(
    IDbContextFactory<FormulateDbContext> contextFactory,
    IPasswordHasher<UserAccount> hasher,
    GuessablePasswords guessable,
    TimeProvider time)
{
    public const int MinLength = 12;

    public const int MaxLength = 128;

    /// <param name="session">The server-side session making the change, which carries on.</param>
    public async Task<OwnPasswordChange> ChangeAsync(
        Guid accountId, Guid? session, string? current, string? replacement, string? confirmation, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var account = await context.UserAccounts.Include(a => a.Roles).SingleOrDefaultAsync(a => a.Id == accountId && a.IsActive, cancellationToken);
        if (account is null)
        {
            return new OwnPasswordChange([new FieldError("CurrentPassword", "Your account can no longer sign in, so its password cannot be changed")]);
        }

        var errors = new List<FieldError>();
        if (string.IsNullOrEmpty(current))
        {
            errors.Add(new FieldError("CurrentPassword", "Enter your current password"));
        }
        else if (account.PasswordHash is null || hasher.VerifyHashedPassword(account, account.PasswordHash, current) == PasswordVerificationResult.Failed)
        {
            errors.Add(new FieldError("CurrentPassword", "Your current password is not right. Enter the password you signed in with"));
        }

        if (ReplacementProblem(account, current, replacement) is { } problem)
        {
            errors.Add(new FieldError("NewPassword", problem));
        }
        else if (confirmation != replacement)
        {
            errors.Add(new FieldError("ConfirmPassword", "The passwords do not match. Enter the new password again"));
        }

        if (errors.Count > 0)
        {
            return new OwnPasswordChange(errors);
        }

        AccountPasswords.Choose(account, hasher, replacement!);
        await context.EndSessionsOfAsync(account.Id, SessionEnd.PasswordChanged, time.GetUtcNow(), except: session, cancellationToken);
        context.AuditAs(account.UserName, "Own password changed");
        await context.SaveChangesAsync(cancellationToken);
        return new OwnPasswordChange([], account);
    }

    private string? ReplacementProblem(UserAccount account, string? current, string? replacement) => replacement switch
    {
        null or "" => "Enter a new password",
        { Length: < MinLength } => $"Your new password must be {MinLength} characters or more: it has {replacement.Length}",
        { Length: > MaxLength } => $"Your new password must be {MaxLength} characters or fewer: it has {replacement.Length}",
        _ when replacement == current => "Your new password must be different from your current password",
        _ when replacement.Contains(account.UserName, StringComparison.OrdinalIgnoreCase) => "Your new password must not contain your user name",
        _ => guessable.ProblemWith(replacement, account),
    };
}
