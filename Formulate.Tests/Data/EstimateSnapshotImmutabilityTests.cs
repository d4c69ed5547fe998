using Formulate.Data.Entities;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Tests.Data;

public abstract class EstimateSnapshotImmutabilityTests(ITestDatabaseHost host) : DataTestBase(host)
{
    private EstimateSnapshot _snapshot = null!;
    private NeedsProfile _profile = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var person = new PersonBuilder().Build();
        _profile = new NeedsProfileBuilder().ForPerson(person).Build();
        _snapshot = new EstimateSnapshotBuilder().ForProfile(_profile).WithWeeklyEstimate(250.00m).Build();
        await using var context = Database.CreateContext();
        context.AddRange(person, _profile, _snapshot);
        await context.SaveChangesAsync();
    }

    [Fact]
    public async Task SaveChanges_EstimateSnapshotModified_ThrowsAndLeavesItUnchanged()
    {
        await using (var context = Database.CreateContext())
        {
            var snapshot = await context.EstimateSnapshots.SingleAsync(s => s.Id == _snapshot.Id);
            context.Entry(snapshot).Property(s => s.WeeklyEstimate).CurrentValue = 999.99m;

            var error = await Should.ThrowAsync<InvalidOperationException>(() => context.SaveChangesAsync());

            error.Message.ShouldContain("cannot be changed or deleted");
        }

        await using var check = Database.CreateContext();
        (await check.EstimateSnapshots.SingleAsync(s => s.Id == _snapshot.Id)).WeeklyEstimate.ShouldBe(250.00m);
    }

    [Fact]
    public async Task SaveChanges_EstimateSnapshotDeleted_ThrowsAndKeepsIt()
    {
        await using (var context = Database.CreateContext())
        {
            context.EstimateSnapshots.Remove(await context.EstimateSnapshots.SingleAsync(s => s.Id == _snapshot.Id));

            Should.Throw<InvalidOperationException>(() => context.SaveChanges());
        }

        await using var check = Database.CreateContext();
        (await check.EstimateSnapshots.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task SaveChanges_DeletingProfileWithSnapshot_IsRefusedByTheDatabase()
    {
        await using var context = Database.CreateContext();
        context.NeedsProfiles.Remove(await context.NeedsProfiles.SingleAsync(p => p.Id == _profile.Id));

        await Should.ThrowAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }
}
