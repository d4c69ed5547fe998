using Formulate.Data.Seeding;
using Formulate.Data;
using Formulate.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Support;

/// <summary>Accounts made for one test, so that tests sharing an app never lock each other out.</summary>
public static class TestAccounts
{
    public const string Password = "Correct-horse-battery-9";

    public static async Task<string> AddAsync(
        this FormulateWebFactory factory, Role role = Role.Practitioner, bool active = true, IPasswordHasher<UserAccount>? hasher = null,
        string? team = DemoAccounts.NorthTeam)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var account = new UserAccount
        {
            UserName = $"test.{Guid.NewGuid():N}"[..20],
            DisplayName = "Test Person",
            Team = team,
            IsActive = active,
        };
        account.PasswordHash = (hasher ?? factory.Services.GetRequiredService<IPasswordHasher<UserAccount>>()).HashPassword(account, Password);
        account.Roles.Add(new UserRole { UserAccountId = account.Id, Role = role });

        await using var context = await factory.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync();
        context.UserAccounts.Add(account);
        await context.SaveChangesAsync();
        return account.UserName;
    }

    public static async Task<UserAccount> FindAsync(this FormulateWebFactory factory, string userName)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var context = await factory.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync();
        return await context.UserAccounts.AsNoTracking().SingleAsync(u => u.UserName == userName);
    }
}
