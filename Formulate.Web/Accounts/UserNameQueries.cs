using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Web.Accounts;

/// <summary>User names are one account each whatever their case: "Sam.Jones" and "sam.jones" are the same person.</summary>
public static class UserNameQueries
{
    public static IQueryable<UserAccount> Named(this IQueryable<UserAccount> accounts, string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        var lower = userName.ToLowerInvariant();
        // Translated to SQL's lower() on every provider, so no culture of the app's applies; string.Equals with a comparison is not translated.
#pragma warning disable CA1862, CA1304, CA1311
        return accounts.Where(account => account.UserName.ToLower() == lower);
#pragma warning restore CA1862, CA1304, CA1311
    }

    /// <summary>
    /// The account <see cref="Named"/> finds, or where older accounts differ only by case (allowed before user names were
    /// unique whatever their case), the one that matches exactly.
    /// </summary>
    public static async Task<UserAccount?> FindNamedAsync(this IQueryable<UserAccount> accounts, string userName, CancellationToken cancellationToken)
    {
        var candidates = await accounts.Named(userName).ToListAsync(cancellationToken).ConfigureAwait(false);
        return candidates.Count == 1 ? candidates[0] : candidates.SingleOrDefault(account => account.UserName == userName);
    }
}
