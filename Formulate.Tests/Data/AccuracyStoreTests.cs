using Formulate.Analysis.Accuracy;
using Formulate.Data.Accuracy;
using Formulate.Data.Entities;
using Formulate.Engine.Defaults;
using Formulate.Tests.Accuracy;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Data;

public abstract class AccuracyStoreTests(ITestDatabaseHost host) : DataTestBase(host)
{
    private AccuracySampleStore Samples => Database.Services.GetRequiredService<AccuracySampleStore>();

    private EstimateFlagStore Flags => Database.Services.GetRequiredService<EstimateFlagStore>();

    [Fact]
    public async Task SaveAsync_Sample_StoredApartFromPeopleWithReportsAndDeletedWithThem()
    {
        var sample = SyntheticSample.Generate(SampleFormat.MinRows, 4);
        var csv = SyntheticSample.ToCsv(sample);

        var saved = await Samples.SaveAsync("Annual review 2026", csv, sample, "config");
        var report = AccuracyReporter.Report(DefaultDefinitions.Definition, sample, 25m);
        var record = await Samples.SaveReportAsync(saved, report, "config");

        (await Samples.ListAsync()).ShouldHaveSingleItem().CaseCount.ShouldBe(SampleFormat.MinRows);
        (await Samples.FindAsync(saved.Id))!.Csv.ShouldBe(csv);
        var latest = (await Samples.LatestReportAsync()).ShouldNotBeNull();
        latest.Id.ShouldBe(record.Id);
        latest.Pearson.ShouldBe(report.Overall.Pearson);
        var read = AccuracySampleStore.ReadReport(latest);
        read.Overall.ShouldBe(report.Overall);
        read.Outliers.Count.ShouldBe(report.Outliers.Count);
        await using (var context = Database.CreateContext())
        {
            (await context.People.CountAsync()).ShouldBe(0);
            (await context.AuditEntries.CountAsync(entry => entry.Action == "Accuracy sample uploaded")).ShouldBe(1);
        }

        (await Samples.DeleteAsync(saved.Id, "config")).ShouldBeTrue();

        (await Samples.ListAsync()).ShouldBeEmpty();
        (await Samples.LatestReportAsync()).ShouldBeNull();
        (await Samples.DeleteAsync(saved.Id, "config")).ShouldBeFalse();
    }

    [Fact]
    public async Task FlagAsync_EstimateWithAgreedBudget_ListedWithEstimateAgreedBudgetAndDifference()
    {
        var person = new PersonBuilder().WithCaseReference("FLAG-0001").Build();
        var profile = new NeedsProfileBuilder().ForPerson(person).WithStatus(NeedsProfileStatus.Approved).Build();
        var snapshot = new EstimateSnapshotBuilder().ForProfile(profile).WithWeeklyEstimate(400m).Build();
        await using (var context = Database.CreateContext())
        {
            context.AddRange(person, profile, snapshot);
            context.Add(new BudgetSubmission
            {
                NeedsProfileId = profile.Id,
                PersonId = person.Id,
                EstimateSnapshotId = snapshot.Id,
                Team = person.Team,
                EstimatedWeekly = 400m,
                ProposedWeekly = 520m,
                DifferenceReason = "specialist_provider",
                Status = SubmissionStatus.Approved,
                SubmittedAt = FixedTimeProvider.DefaultNow,
                SubmittedBy = "prac",
            });
            await context.SaveChangesAsync();
        }

        var result = await Flags.FlagAsync(snapshot.Id, "  Night needs are not counted  ", "prac");

        result.Succeeded.ShouldBeTrue();
        var flagged = (await Flags.ListAsync()).ShouldHaveSingleItem();
        flagged.CaseReference.ShouldBe("FLAG-0001");
        flagged.Estimate.ShouldBe(400m);
        flagged.AgreedWeekly.ShouldBe(520m);
        flagged.Difference.ShouldBe(120m);
        flagged.DifferenceReason.ShouldBe("specialist_provider");
        flagged.Reason.ShouldBe("Night needs are not counted");
        flagged.FlaggedBy.ShouldBe("prac");
    }

    [Theory]
    [InlineData("", "Enter why")]
    [InlineData("   ", "Enter why")]
    public async Task FlagAsync_NoReason_RefusedWithMessage(string reason, string message)
    {
        var result = await Flags.FlagAsync(Guid.NewGuid(), reason, "prac");

        result.Succeeded.ShouldBeFalse();
        result.Error!.ShouldStartWith(message);
    }

    [Fact]
    public async Task FlagAsync_UnknownEstimate_Refused()
    {
        var result = await Flags.FlagAsync(Guid.NewGuid(), "Too low", "prac");

        result.Error.ShouldNotBeNull().ShouldContain("no such estimate");
        (await Flags.ListAsync()).ShouldBeEmpty();
    }
}
