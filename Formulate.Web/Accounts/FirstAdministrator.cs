using Formulate.Data;
using Formulate.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Formulate.Web.Security;

namespace Formulate.Web.Accounts;

/// <summary>
/// On a live install with demo data off, nobody can sign in to add the council's accounts. When
/// <c>Formulate:SignIn:FirstAdministrator</c> names a user and no active configuration manager exists, start-up makes that
/// account (or brings it back) as an active configuration manager with a new password, written once to the start-up log.
/// </summary>
public sealed class FirstAdministrator(
    IDbContextFactory<FormulateDbContext> contextFactory,
    IPasswordHasher<UserAccount> hasher,
    IOptions<FormulateSignInOptions> options,
    TimeProvider time,
    ILogger<FirstAdministrator> logger)
{
    public const string StartUp = "Formulate start-up";

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        var userName = options.Value.FirstAdministrator?.Trim();
        if (string.IsNullOrEmpty(userName) || !options.Value.LocalAccountsEnabled)
        {
            return;
        }

        if (new AccountForm { UserName = userName }.UserNameErrors() is [var problem, ..])
        {
            throw new InvalidOperationException($"Formulate:SignIn:FirstAdministrator is not a user name Formulate accepts. {problem.Message}.");
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (await context.UserAccounts.AnyAsync(a => a.IsActive && a.Roles.Any(r => r.Role == Role.ConfigurationManager), cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var account = await context.UserAccounts.Include(a => a.Roles).FindNamedAsync(userName, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            account = new UserAccount { UserName = userName, DisplayName = userName };
            context.AuditAs(StartUp, "First administrator account added").UserAccounts.Add(account);
        }
        else
        {
            context.AuditAs(StartUp, "First administrator account restored");
        }

        if (account.Roles.All(r => r.Role != Role.ConfigurationManager))
        {
            account.Roles.Add(new UserRole { UserAccountId = account.Id, Role = Role.ConfigurationManager });
        }

        var password = OneTimePassword.New();
        AccountPasswords.Give(account, hasher, password);
        account.IsActive = true;
        account.FailedSignInCount = 0;
        account.LockoutEndsAt = null;
        await context.EndSessionsOfAsync(account.Id, SessionEnd.PasswordChanged, time.GetUtcNow(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        WebLog.FirstAdministrator(logger, account.UserName, password);
    }
}
