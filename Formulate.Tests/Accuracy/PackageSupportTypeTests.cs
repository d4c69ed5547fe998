using Formulate.Analysis.Accuracy;
using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Tests.Accuracy.Practice;

namespace Formulate.Tests.Accuracy;

public sealed class PackageSupportTypeTests
{
    [Theory]
    [InlineData("day_service_session.standard", "day_opportunity_session")]
    [InlineData("day_service_session.enhanced", "day_opportunity_session")]
    [InlineData("shared_lives.band1", "shared_lives")]
    [InlineData("shared_lives.band3", "shared_lives")]
    [InlineData("care_home.one_to_one_hour", "care_home_staff_hour")]
    [InlineData("home_care", "home_care")]
    [InlineData("personal_assistant", "personal_assistant")]
    public void PackageSupportType_EstimateLine_IsTheTypeAPackageLineNames(string estimated, string package)
    {
        SampleFormat.PackageSupportType(estimated).ShouldBe(package);
        SampleFormat.SupportTypeNames.ShouldContain(package);
    }

    /// <remarks>
    /// Every package is its estimate, line by line, as a council's file would record it, but for the person whose
    /// estimate is most day service and one in Shared Lives, whose day sessions or Shared Lives fee are three times the estimate's. Compared
    /// by the estimate's own support types, a banded line met no package line: the Shared Lives outlier read as a
    /// package for support "the answers do not call for", with the estimate's band shown apart as support the package
    /// does not pay for.
    /// </remarks>
    [Fact]
    public void Report_PackagesPayingMoreForBandedSupport_DifferenceIsInThatSupportWithTheEstimatesShareOfIt()
    {
        var planned = DefaultDefinitions.CareAsPlanned;
        var council = PracticeCouncil.Drawn(TwoPlannerFigures.CouncilSeed);
        var definition = planned with { Configuration = PracticeCouncilConfiguration.For(council, planned.Configuration) };
        var engine = new FormulateEngine(definition);
        var sample = PracticeSample.Generate(council, planned.Questions, 300, 7);
        var estimates = sample.Cases.ToDictionary(c => c.CaseId, c => engine.Estimate(c.Profile).Result!);
        var dayService = sample.Cases.Where(c => estimates[c.CaseId].WeeklyEstimate > 0m).MaxBy(c => estimates[c.CaseId].AllocationSummary
            .Where(line => line.SupportType.StartsWith("day_service_session.", StringComparison.Ordinal)).Sum(line => line.Amount) / estimates[c.CaseId].WeeklyEstimate)!;
        var sharedLives = sample.Cases.First(c => estimates[c.CaseId].AllocationSummary.Any(line => line.SupportType.StartsWith("shared_lives.", StringComparison.Ordinal)));
        var cases = sample.Cases.Select(c => c with
        {
            Package = [.. estimates[c.CaseId].AllocationSummary.Where(line => line.Amount > 0m).Select(line =>
            {
                var type = SampleFormat.PackageSupportType(line.SupportType);
                var tripled = (c == dayService && type == SupportTypes.DayOpportunitySession) || (c == sharedLives && type == SupportTypes.SharedLives);
                return new PackageLine { SupportType = type, UnitsPerWeek = Math.Round(line.Amount / line.Rate * (tripled ? 3m : 1m), 4), UnitRate = line.Rate };
            })],
        }).ToList();

        var report = AccuracyReporter.Report(definition, sample with { Cases = cases }, 10m);

        report.Outliers.Select(outlier => outlier.CaseId).ShouldBe([dayService.CaseId, sharedLives.CaseId], ignoreOrder: true);
        var day = report.Outliers.Single(outlier => outlier.CaseId == dayService.CaseId);
        day.LargestDifferences.ShouldHaveSingleItem().SupportType.ShouldBe(SupportTypes.DayOpportunitySession);
        day.LargestDifferences[0].Estimated.ShouldBeGreaterThan(0m);
        var fee = report.Outliers.Single(outlier => outlier.CaseId == sharedLives.CaseId);
        fee.LargestDifferences.ShouldHaveSingleItem().SupportType.ShouldBe(SupportTypes.SharedLives);
        fee.LargestDifferences[0].Estimated.ShouldBeGreaterThan(0m);
        fee.LikelyCause.ShouldStartWith("Unusual needs or a specialist provider: the package pays more for shared lives");
    }
}
