using Formulate.Analysis.Impact;
using Formulate.Engine;
using Formulate.Engine.Defaults;

namespace Formulate.Tests.Engine;

public sealed class ImpactPreviewTests
{
    [Fact]
    public void Compare_HomeCareRateRaised_TotalsDistributionAndLargestMovesAddUp()
    {
        var shipped = DefaultDefinitions.Definition;
        var current = new FormulateEngine(shipped);
        var draft = new FormulateEngine(shipped with { Configuration = shipped.Configuration.Setting("rate.home_care", 30m) with { Version = "2025.4" } });
        var people = ProfileGenerator.Many(shipped.Questions, 60).Select((p, i) => new ImpactPerson($"P{i:00}", $"Person {i}", p)).ToList();
        var date = new DateOnly(2025, 6, 1);

        var report = ImpactPreview.Compare(people, current, draft, date, largest: 5);

        var compared = people.Select(p => (Now: current.Estimate(p.Profile).Result, Then: draft.Estimate(p.Profile).Result)).Where(r => r.Now is not null).ToList();
        report.People.ShouldBe(60);
        report.Compared.ShouldBe(compared.Count);
        (report.Compared + report.NotCompared.Count).ShouldBe(60);
        report.CurrentWeeklyTotal.ShouldBe(compared.Sum(r => r.Now!.WeeklyEstimate));
        report.DraftWeeklyTotal.ShouldBe(compared.Sum(r => r.Then!.WeeklyEstimate));
        report.AnnualChange.ShouldBe(report.WeeklyChange * 52m);
        report.WeeklyChange.ShouldBeGreaterThan(0m);
        report.Changed.ShouldBe(compared.Count(r => r.Now!.WeeklyEstimate != r.Then!.WeeklyEstimate));
        report.Distribution.Sum(b => b.People).ShouldBe(report.Compared);
        report.Distribution.Single(b => b.Label == "No change").People.ShouldBe(report.Compared - report.Changed);
        report.LargestChanges.Count.ShouldBe(Math.Min(5, report.Changed));
        report.LargestChanges.Select(c => Math.Abs(c.Change)).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public void Compare_SameVersion_ChangesNothing()
    {
        var engine = new FormulateEngine(DefaultDefinitions.Definition);
        var people = ProfileGenerator.Many(DefaultDefinitions.Definition.Questions, 20).Select((p, i) => new ImpactPerson($"P{i}", "x", p)).ToList();

        var report = ImpactPreview.Compare(people, engine, engine, new DateOnly(2025, 6, 1));

        report.Changed.ShouldBe(0);
        report.WeeklyChange.ShouldBe(0m);
        report.LargestChanges.ShouldBeEmpty();
    }
}
