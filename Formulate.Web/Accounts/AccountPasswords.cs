using Formulate.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Formulate.Web.Accounts;

/// <summary>
/// Every new password renews the account's security stamp, so that whoever knew the old one keeps no session. A password
/// someone else has seen (given by an administrator, or written to the start-up log) must be replaced by its owner first.
/// </summary>
public static class AccountPasswords
{
    /// <summary>A password an administrator, or start-up, gave the account.</summary>
    public static void Give(UserAccount account, IPasswordHasher<UserAccount> hasher, string password)
    {
        Set(account, hasher, password);
        account.MustChangePassword = true;
    }

    /// <summary>A password the account's owner chose.</summary>
    public static void Choose(UserAccount account, IPasswordHasher<UserAccount> hasher, string password)
    {
        Set(account, hasher, password);
        account.MustChangePassword = false;
    }

    private static void Set(UserAccount account, IPasswordHasher<UserAccount> hasher, string password)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(hasher);
        account.PasswordHash = hasher.HashPassword(account, password);
        account.RenewSecurityStamp();
    }
}
