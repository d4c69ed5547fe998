using System.Data.Common;
using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Data.Providers;
using Formulate.Tests.Data.Infrastructure;
using Formulate.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Data;

/// <summary>
/// Two configuration managers, the only two, deactivate each other at the same moment. Each change's count of the
/// other administrators is held until both have counted or a few seconds pass, which is where the race would let both
/// through; one of them must still be refused.
/// </summary>
public abstract class AccountGuardRaceTests(ITestDatabaseHost host) : DataTestBase(host)
{
    [Fact]
    public async Task DeactivateEachOther_AtTheSameMoment_OneIsRefusedAndOneManagerStaysActive()
    {
        var first = await AddManagerAsync("first.manager");
        var second = await AddManagerAsync("second.manager");
        using var race = new CountRendezvous(parties: 2, wait: TimeSpan.FromSeconds(3));
        var administration = new AccountAdministration(new RacingContexts(Database, race), new PasswordHasher<UserAccount>(), Database.Time);

        var results = await Task.WhenAll(
            Task.Run(() => administration.SetActiveAsync(second.Id, second.Version, active: false, new AccountAdministrator(first.UserName, first.Id))),
            Task.Run(() => administration.SetActiveAsync(first.Id, first.Version, active: false, new AccountAdministrator(second.UserName, second.Id))));

        results.Select(r => r.Status).Order().ShouldBe([AccountChangeStatus.Saved, AccountChangeStatus.Refused]);
        await using var context = Database.CreateContext();
        (await context.UserAccounts.CountAsync(a => a.IsActive)).ShouldBe(1);
    }

    private async Task<UserAccount> AddManagerAsync(string userName)
    {
        var account = new UserAccount { UserName = userName, DisplayName = userName };
        account.Roles.Add(new UserRole { UserAccountId = account.Id, Role = Role.ConfigurationManager });
        await using var context = Database.CreateContext();
        context.UserAccounts.Add(account);
        await context.SaveChangesAsync();
        return account;
    }

    private sealed class RacingContexts(TestDatabase database, CountRendezvous race) : IDbContextFactory<FormulateDbContext>
    {
        private readonly DbContextOptions<FormulateDbContext> _options =
            new DbContextOptionsBuilder<FormulateDbContext>(database.Services.GetRequiredService<DbContextOptions<FormulateDbContext>>())
                .AddInterceptors(race)
                .Options;

        public FormulateDbContext CreateDbContext() => FormulateContexts.Create(database.Host.Provider, _options);
    }

    /// <summary>Holds each count of accounts until the given number of them have run, or the wait is over.</summary>
    private sealed class CountRendezvous(int parties, TimeSpan wait) : DbCommandInterceptor, IDisposable
    {
        private readonly CountdownEvent _counted = new(parties);

        public override async ValueTask<object?> ScalarExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("COUNT(", StringComparison.OrdinalIgnoreCase) && !_counted.IsSet)
            {
                _counted.Signal();
                await Task.Run(() => _counted.Wait(wait, cancellationToken), cancellationToken);
            }

            return result;
        }

        public void Dispose() => _counted.Dispose();
    }
}
