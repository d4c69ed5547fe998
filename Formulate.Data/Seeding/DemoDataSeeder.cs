using Formulate.Data.Entities;
using Formulate.Data.Protection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.Seeding;

/// <summary>Adds whatever demo records are missing, matched by user name and case reference, so restarts never duplicate.</summary>
public sealed class DemoDataSeeder(
    IDbContextFactory<FormulateDbContext> contextFactory, TimeProvider timeProvider, IPasswordHasher<UserAccount> hasher)
{
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();

        var demoUserNames = DemoAccounts.All.Select(a => a.UserName).ToList();
        var existingUsers = await context.UserAccounts
            .Where(u => demoUserNames.Contains(u.UserName))
            .Select(u => u.UserName)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var added = 0;
        foreach (var credential in DemoAccounts.All.Where(a => !existingUsers.Contains(a.UserName)))
        {
            var account = new UserAccount
            {
                UserName = credential.UserName,
                DisplayName = credential.DisplayName,
                Team = credential.Team,
            };
            account.PasswordHash = hasher.HashPassword(account, credential.Password);
            account.Roles.Add(new UserRole { UserAccountId = account.Id, Role = credential.Role });
            context.UserAccounts.Add(account);
            added++;
        }

        var people = DemoPeople.Create(now);
        // Case references are stored protected, so they are matched by their keyed hashes.
        var hashes = people.ToDictionary(p => CaseReferenceHash.Of(context, p.CaseReference));
        var hashList = hashes.Keys.ToList();
        var existingHashes = await context.People
            .Select(p => EF.Property<string?>(p, CaseReferenceHash.Column))
            .Where(hash => hashList.Contains(hash!))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var person in hashes.Where(h => !existingHashes.Contains(h.Key)).Select(h => h.Value))
        {
            context.People.Add(person);
            added++;
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <summary>
    /// A council that tried the demonstration and then went live must not keep accounts whose password is published.
    /// A demo account whose password has since been reset or changed is no longer one of those, and keeps its status.
    /// </summary>
    public async Task<int> DeactivateDemoAccountsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var published = DemoAccounts.All.ToDictionary(a => a.UserName, a => a.Password, StringComparer.Ordinal);
        var demoUserNames = published.Keys.ToList();
        var active = await context.UserAccounts
            .Where(u => demoUserNames.Contains(u.UserName) && u.IsActive)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var stillPublished = active
            .Where(a => a.PasswordHash is null
                        || hasher.VerifyHashedPassword(a, a.PasswordHash, published[a.UserName]) != PasswordVerificationResult.Failed)
            .ToList();
        foreach (var account in stillPublished)
        {
            account.IsActive = false;
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return stillPublished.Count;
    }
}
