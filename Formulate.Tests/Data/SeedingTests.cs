using Formulate.Data.Entities;
using Formulate.Data.Seeding;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Data;

public abstract class SeedingTests(ITestDatabaseHost host) : DataTestBase(host)
{
    public override Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task InitializeAsync_SeedingOnAndRestarted_DoesNotDuplicate()
    {
        await Database.InitializeAsync(seedDemoData: true);

        await Database.InitializeAsync(seedDemoData: true);

        await using var context = Database.CreateContext();
        (await context.UserAccounts.CountAsync()).ShouldBe(DemoAccounts.All.Count);
        (await context.UserRoles.CountAsync()).ShouldBe(DemoAccounts.All.Count);
        (await context.People.CountAsync()).ShouldBe(DemoPeople.Create(FixedTimeProvider.DefaultNow).Count);
    }

    [Fact]
    public async Task InitializeAsync_SeedingOn_CreatesOneActiveDemoAccountPerRole()
    {
        await Database.InitializeAsync(seedDemoData: true);

        await using var context = Database.CreateContext();
        var accounts = await context.UserAccounts.Include(u => u.Roles).OrderBy(u => u.UserName).ToListAsync();
        accounts.Select(a => a.UserName).ShouldBe(["demo.analyst", "demo.auditor", "demo.config", "demo.manager", "demo.practitioner", "demo.senior", "demo.support"]);
        accounts.SelectMany(a => a.Roles).Select(r => r.Role).Distinct().Order().ShouldBe(Enum.GetValues<Role>());
        accounts.ShouldAllBe(a => a.IsActive);
    }

    [Fact]
    public async Task InitializeAsync_SeedingOn_StoresPasswordHashesThatVerify()
    {
        await Database.InitializeAsync(seedDemoData: true);

        await using var context = Database.CreateContext();
        // The hasher the app registers: a hash it made needs no rehash when checked.
        var hasher = Database.Services.GetRequiredService<IPasswordHasher<UserAccount>>();
        foreach (var account in await context.UserAccounts.ToListAsync())
        {
            account.PasswordHash.ShouldNotBeNull();
            account.PasswordHash.ShouldNotContain(DemoAccounts.Password);
            hasher.VerifyHashedPassword(account, account.PasswordHash, DemoAccounts.Password).ShouldBe(PasswordVerificationResult.Success);
            hasher.VerifyHashedPassword(account, account.PasswordHash, "wrong password").ShouldBe(PasswordVerificationResult.Failed);
        }
    }

    [Fact]
    public async Task InitializeAsync_SeedingOn_CreatesDemoPeopleInTwoTeams()
    {
        await Database.InitializeAsync(seedDemoData: true);

        await using var context = Database.CreateContext();
        var people = await context.People.ToListAsync();
        people.Select(p => p.Team).Distinct().Order().ShouldBe([DemoAccounts.NorthTeam, DemoAccounts.SouthTeam]);
        people.ShouldAllBe(p => p.CaseReference.StartsWith("DEMO-") && p.Postcode != null && p.AddressLine1 != null);
    }

    [Fact]
    public async Task InitializeAsync_SeedingOff_AddsNoDemoData()
    {
        var result = await Database.InitializeAsync(seedDemoData: false);

        result.DemoDataSeeded.ShouldBeFalse();
        await using var context = Database.CreateContext();
        (await context.UserAccounts.CountAsync()).ShouldBe(0);
        (await context.People.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task InitializeAsync_SeedingSwitchedOffAfterDemo_DeactivatesDemoAccounts()
    {
        await Database.InitializeAsync(seedDemoData: true);

        await Database.InitializeAsync(seedDemoData: false);

        await using var context = Database.CreateContext();
        (await context.UserAccounts.ToListAsync()).ShouldAllBe(a => !a.IsActive);
    }

    [Fact]
    public async Task InitializeAsync_DemoAccountGivenANewPasswordAndReactivated_StaysActiveAtTheNextStart()
    {
        await Database.InitializeAsync(seedDemoData: true);
        await Database.InitializeAsync(seedDemoData: false);
        await using (var context = Database.CreateContext())
        {
            var config = await context.UserAccounts.SingleAsync(a => a.UserName == "demo.config");
            config.PasswordHash = new PasswordHasher<UserAccount>().HashPassword(config, "a-password-nobody-published");
            config.IsActive = true;
            await context.SaveChangesAsync();
        }

        await Database.InitializeAsync(seedDemoData: false);

        await using var check = Database.CreateContext();
        (await check.UserAccounts.Where(a => a.IsActive).Select(a => a.UserName).ToListAsync()).ShouldBe(["demo.config"]);
    }
}
