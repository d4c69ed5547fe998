using System.Data;
using Formulate.Data;
using Formulate.Data.Resilience;
using Formulate.Data.Entities;
using Formulate.Web.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Web.Accounts;

/// <summary>
/// Adds and changes Formulate's own accounts for configuration managers. Every change names the account's version it was
/// made from and is refused if the account has changed since; the audit log records each one, never the password hash.
/// </summary>
public sealed class AccountAdministration(
    IDbContextFactory<FormulateDbContext> contextFactory,
    IPasswordHasher<UserAccount> hasher,
    TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var accounts = await context.UserAccounts.AsNoTracking().Include(a => a.Roles).ToListAsync(cancellationToken);
        return [.. accounts.OrderBy(a => a.UserName, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<UserAccount?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.UserAccounts.AsNoTracking().Include(a => a.Roles).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
    }

    public bool IsLocked(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.LockoutEndsAt is { } until && until > timeProvider.GetUtcNow();
    }

    public async Task<AccountChangeResult> AddAsync(
        AccountForm form, IReadOnlyList<string> knownTeams, AccountAdministrator by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(by);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var errors = new List<FieldError>(form.UserNameErrors());
        var userName = form.TrimmedUserName!;
        if (errors.Count == 0 && await IsTakenAsync(context, userName, cancellationToken))
        {
            errors.Add(new FieldError(nameof(AccountForm.UserName), $"There is already an account with the user name {userName}: enter a different user name"));
        }

        errors.AddRange(form.DetailErrors());
        if (errors.Count > 0)
        {
            return new AccountChangeResult(AccountChangeStatus.Invalid, Errors: errors);
        }

        var account = new UserAccount { UserName = userName, DisplayName = form.TrimmedDisplayName!, Team = form.ChosenTeam(knownTeams) };
        foreach (var role in form.ChosenRoles)
        {
            account.Roles.Add(new UserRole { UserAccountId = account.Id, Role = role });
        }

        var password = OneTimePassword.New();
        AccountPasswords.Give(account, hasher, password);
        context.AuditAs(by.UserName, "User account added").UserAccounts.Add(account);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            if (!await IsTakenAsync(userName, cancellationToken))
            {
                throw;
            }

            // Someone added the same user name a moment earlier.
            return new AccountChangeResult(AccountChangeStatus.Invalid,
                Errors: [new FieldError(nameof(AccountForm.UserName), $"There is already an account with the user name {userName}: enter a different user name")]);
        }

        return new AccountChangeResult(AccountChangeStatus.Saved, account, Password: password);
    }

    public Task<AccountChangeResult> ChangeDetailsAsync(
        Guid id, int version, AccountForm form, IReadOnlyList<string> knownTeams, AccountAdministrator by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(by);
        return ChangeAsync(id, version, by, "User account changed", async (context, account) =>
        {
            var errors = form.DetailErrors();
            if (errors.Count > 0)
            {
                return new AccountChangeResult(AccountChangeStatus.Invalid, Errors: errors);
            }

            var roles = form.ChosenRoles;
            if (HasRole(account, Role.ConfigurationManager) && !roles.Contains(Role.ConfigurationManager)
                && await RefusalToEndAdministrationAsync(context, account, by, "take away your own configuration manager role", "lose the configuration manager role", cancellationToken) is { } refusal)
            {
                return refusal;
            }

            account.DisplayName = form.TrimmedDisplayName!;
            account.Team = form.ChosenTeam(knownTeams);
            foreach (var removed in account.Roles.Where(r => !roles.Contains(r.Role)).ToList())
            {
                account.Roles.Remove(removed);
            }

            foreach (var added in roles.Where(role => !HasRole(account, role)))
            {
                account.Roles.Add(new UserRole { UserAccountId = account.Id, Role = added });
            }

            return null;
        }, cancellationToken);
    }

    public Task<AccountChangeResult> SetActiveAsync(Guid id, int version, bool active, AccountAdministrator by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        return ChangeAsync(id, version, by, active ? "User account reactivated" : "User account deactivated", async (context, account) =>
        {
            if (!active && await RefusalToEndAdministrationAsync(context, account, by, "deactivate your own account", "be deactivated", cancellationToken) is { } refusal)
            {
                return refusal;
            }

            account.IsActive = active;
            if (!active)
            {
                // Ended for good: reactivating the account does not bring back a copy of a cookie from before.
                await context.EndSessionsOfAsync(account.Id, SessionEnd.AccountEnded, timeProvider.GetUtcNow(), cancellationToken: cancellationToken);
            }

            return null;
        }, cancellationToken);
    }

    /// <summary>
    /// Gives the account a new password, and unlocks it, so that the person can sign in with it straight away; every
    /// session of the account ends, and the person must choose their own password when they next sign in.
    /// </summary>
    public async Task<AccountChangeResult> ResetPasswordAsync(Guid id, int version, AccountAdministrator by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        var password = OneTimePassword.New();
        var result = await ChangeAsync(id, version, by, "Password reset", async (context, account) =>
        {
            AccountPasswords.Give(account, hasher, password);
            account.FailedSignInCount = 0;
            account.LockoutEndsAt = null;
            await context.EndSessionsOfAsync(account.Id, SessionEnd.PasswordChanged, timeProvider.GetUtcNow(), cancellationToken: cancellationToken);
            return null;
        }, cancellationToken);
        return result.Status == AccountChangeStatus.Saved ? result with { Password = password } : result;
    }

    public Task<AccountChangeResult> UnlockAsync(Guid id, int version, AccountAdministrator by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        return ChangeAsync(id, version, by, "User account unlocked", (_, account) =>
        {
            account.FailedSignInCount = 0;
            account.LockoutEndsAt = null;
            return Task.FromResult<AccountChangeResult?>(null);
        }, cancellationToken);
    }

    /// <summary>
    /// Makes one change in a serializable transaction, so that the last-administrator guard's count and the change are
    /// one step: two administrators ending each other at the same moment cannot both pass it. Where the database refuses
    /// the second as out of date (PostgreSQL; SQLite makes it wait its turn instead), it is tried again from a fresh read.
    /// </summary>
    /// <param name="change">Makes the change, or returns why it cannot be made.</param>
    private async Task<AccountChangeResult> ChangeAsync(
        Guid id, int version, AccountAdministrator by, string action,
        Func<FormulateDbContext, UserAccount, Task<AccountChangeResult?>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ChangeOnceAsync(id, version, by, action, change, cancellationToken);
            }
            catch (Exception exception) when (attempt < MaxAttempts && SerializationFailure.IsCause(exception))
            {
            }
        }
    }

    private const int MaxAttempts = 3;

    private async Task<AccountChangeResult> ChangeOnceAsync(
        Guid id, int version, AccountAdministrator by, string action,
        Func<FormulateDbContext, UserAccount, Task<AccountChangeResult?>> change, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var account = await context.UserAccounts.Include(a => a.Roles).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return new AccountChangeResult(AccountChangeStatus.NotFound);
        }

        if (account.Version != version)
        {
            return new AccountChangeResult(AccountChangeStatus.Conflict, account);
        }

        if (await change(context, account) is { } refused)
        {
            return refused with { Account = account };
        }

        // A change to roles alone leaves the account row as it was; its version still moves on, so other open pages see it.
        context.Entry(account).Property(a => a.Version).IsModified = true;
        context.AuditAs(by.UserName, action);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new AccountChangeResult(AccountChangeStatus.Conflict, await FindAsync(id, cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return new AccountChangeResult(AccountChangeStatus.Saved, account);
    }

    /// <summary>Why the account cannot stop administering accounts, if it cannot: nobody may do it to themselves, or to the last one.</summary>
    private static async Task<AccountChangeResult?> RefusalToEndAdministrationAsync(
        FormulateDbContext context, UserAccount account, AccountAdministrator by, string ownAction, string lastAction, CancellationToken cancellationToken)
    {
        if (account.Id == by.AccountId)
        {
            return Refused($"You cannot {ownAction}. Ask another configuration manager to do it, so that you cannot lock yourself out by mistake.");
        }

        if (!account.IsActive || !HasRole(account, Role.ConfigurationManager))
        {
            return null;
        }

        var others = await context.UserAccounts.AsNoTracking()
            .CountAsync(a => a.Id != account.Id && a.IsActive && a.Roles.Any(r => r.Role == Role.ConfigurationManager), cancellationToken);
        return others > 0 ? null : Refused(
            $"{account.DisplayName} is the only active configuration manager, so they cannot {lastAction}: nobody could then administer accounts. " +
            "Give another active account the configuration manager role first.");
    }

    private static AccountChangeResult Refused(string message) =>
        new(AccountChangeStatus.Refused, Errors: [new FieldError("", message)]);

    private static bool HasRole(UserAccount account, Role role) => account.Roles.Any(r => r.Role == role);

    private async Task<bool> IsTakenAsync(string userName, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await IsTakenAsync(context, userName, cancellationToken);
    }

    private static Task<bool> IsTakenAsync(FormulateDbContext context, string userName, CancellationToken cancellationToken) =>
        context.UserAccounts.Named(userName).AnyAsync(cancellationToken);
}
