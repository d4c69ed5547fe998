using Formulate.Data.Entities;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data;

public abstract class EstimateSnapshotStoreTests(ITestDatabaseHost host) : DataTestBase(host)
{
    private NeedsProfile _profile = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var person = new PersonBuilder().Build();
        _profile = new NeedsProfileBuilder().ForPerson(person).Build();
        await using var context = Database.CreateContext();
        context.AddRange(person, _profile);
        await context.SaveChangesAsync();
    }

    [Fact]
    public async Task SaveAsync_EngineOutput_KeepsItWithPersonTimeAndAuthor()
    {
        var saved = await Database.Estimates.SaveAsync(_profile.Id, new NewEstimateSnapshotBuilder().Build(), "demo.practitioner");

        var kept = (await Database.Estimates.ListForProfileAsync(_profile.Id)).ShouldHaveSingleItem();
        kept.ShouldBeEquivalentTo(saved);
        kept.PersonId.ShouldBe(_profile.PersonId);
        kept.CreatedAt.ShouldBe(FixedTimeProvider.DefaultNow);
        kept.CreatedBy.ShouldBe("demo.practitioner");
    }

    [Fact]
    public async Task ListForProfileAsync_SeveralEstimates_ReturnsNewestFirst()
    {
        var first = await Database.Estimates.SaveAsync(_profile.Id, new NewEstimateSnapshotBuilder().Build(), "demo.practitioner");
        Database.Time.Advance(TimeSpan.FromDays(1));
        var second = await Database.Estimates.SaveAsync(_profile.Id, new NewEstimateSnapshotBuilder().WithWeeklyEstimate(400m).Build(), "demo.practitioner");

        var listed = await Database.Estimates.ListForProfileAsync(_profile.Id);

        listed.Select(s => s.Id).ShouldBe([second.Id, first.Id]);
    }

    [Fact]
    public async Task FindAsync_SavedId_ReturnsThatEstimateAndUnknownIdNone()
    {
        var first = await Database.Estimates.SaveAsync(_profile.Id, new NewEstimateSnapshotBuilder().Build(), "demo.practitioner");
        Database.Time.Advance(TimeSpan.FromDays(1));
        await Database.Estimates.SaveAsync(_profile.Id, new NewEstimateSnapshotBuilder().WithWeeklyEstimate(400m).Build(), "demo.practitioner");

        (await Database.Estimates.FindAsync(first.Id)).ShouldBeEquivalentTo(first);
        (await Database.Estimates.FindAsync(Guid.NewGuid())).ShouldBeNull();
    }

    [Fact]
    public async Task SaveAsync_AmountFinerThanPence_IsRefused()
    {
        var estimate = new NewEstimateSnapshotBuilder().WithWeeklyEstimate(100.005m).Build();

        await Should.ThrowAsync<ArgumentException>(() => Database.Estimates.SaveAsync(_profile.Id, estimate, "demo.practitioner"));
    }

    [Fact]
    public async Task SaveAsync_UnknownProfile_IsRefused()
    {
        await Should.ThrowAsync<InvalidOperationException>(
            () => Database.Estimates.SaveAsync(Guid.NewGuid(), new NewEstimateSnapshotBuilder().Build(), "demo.practitioner"));
    }
}
