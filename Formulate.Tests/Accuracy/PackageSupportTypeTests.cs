using Formulate.Analysis.Accuracy;
using Formulate.Analysis.Text;
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
    /// estimate is most day service and one in Shared Lives, whose day sessions or Shared Lives fee are three times the
    /// estimate's. Compared by the estimate's own support types, a banded line met no package line: the Shared Lives
    /// outlier read as a package for support "the answers do not call for", with the estimate's band shown apart as
    /// support the package does not pay for.
    /// </remarks>
    [Fact]
    public void Report_PackagesPayingMoreForBandedSupport_DifferenceIsInThatSupportWithTheEstimatesShareOfIt()
    {
        var council = new PackagesAsEstimated();
        var cases = council.Cases((c, type) => (c == council.MostDayService && type == SupportTypes.DayOpportunitySession) || (c == council.InSharedLives && type == SupportTypes.SharedLives) ? 3m : 1m);

        var report = AccuracyReporter.Report(council.Definition, council.Sample with { Cases = cases }, 10m);

        report.Outliers.Select(outlier => outlier.CaseId).ShouldBe([council.MostDayService.CaseId, council.InSharedLives.CaseId], ignoreOrder: true);
        var day = report.Outliers.Single(outlier => outlier.CaseId == council.MostDayService.CaseId);
        day.LargestDifferences.ShouldHaveSingleItem().SupportType.ShouldBe(SupportTypes.DayOpportunitySession);
        day.LargestDifferences[0].Estimated.ShouldBeGreaterThan(0m);
        var fee = report.Outliers.Single(outlier => outlier.CaseId == council.InSharedLives.CaseId);
        fee.LargestDifferences.ShouldHaveSingleItem().SupportType.ShouldBe(SupportTypes.SharedLives);
        fee.LargestDifferences[0].Estimated.ShouldBeGreaterThan(0m);
        fee.LikelyCause.ShouldStartWith("Unusual needs or a specialist provider: the package pays more for shared lives");
    }

    /// <remarks>
    /// The council prices day service sessions as standard or enhanced and sets no one rate for a package's
    /// <c>day_opportunity_session</c>; a session at twice even the enhanced rate is still well above the council's rates.
    /// </remarks>
    [Fact]
    public void Report_DaySessionsAtTwiceTheCouncilsEnhancedRate_BlamesTheRate()
    {
        var council = new PackagesAsEstimated();
        var cases = council.Cases((c, type) => 1m, dearer: (c, type) => c == council.MostDayService && type == SupportTypes.DayOpportunitySession);

        var report = AccuracyReporter.Report(council.Definition, council.Sample with { Cases = cases }, 10m);

        var enhanced = council.Definition.Configuration.Find("rate.day_service_session.enhanced")!.Values[^1].Value;
        var outlier = report.Outliers.ShouldHaveSingleItem();
        outlier.CaseId.ShouldBe(council.MostDayService.CaseId);
        outlier.LikelyCause.ShouldStartWith("Rate:");
        outlier.LikelyCause.ShouldContain($"day opportunity session against the council's {Pounds.Format(enhanced)}");
    }

    /// <summary>A practice council's sample whose packages are its estimates, line by line, in the file's support types.</summary>
    private sealed class PackagesAsEstimated
    {
        public PackagesAsEstimated()
        {
            var planned = DefaultDefinitions.CareAsPlanned;
            var council = PracticeCouncil.Drawn(TwoPlannerFigures.CouncilSeed);
            Definition = PracticeCouncilConfiguration.Definition(council);
            var engine = new FormulateEngine(Definition);
            Sample = PracticeSample.Generate(council, planned.Questions, 300, 7);
            Estimates = Sample.Cases.ToDictionary(c => c.CaseId, c => engine.Estimate(c.Profile).Result!);
            MostDayService = Sample.Cases.Where(c => Estimates[c.CaseId].WeeklyEstimate > 0m).MaxBy(c => Estimates[c.CaseId].AllocationSummary
                .Where(line => line.SupportType.StartsWith("day_service_session.", StringComparison.Ordinal)).Sum(line => line.Amount) / Estimates[c.CaseId].WeeklyEstimate)!;
            InSharedLives = Sample.Cases.First(c => Estimates[c.CaseId].AllocationSummary.Any(line => line.SupportType.StartsWith("shared_lives.", StringComparison.Ordinal)));
        }

        public EngineDefinition Definition { get; }

        public Sample Sample { get; }

        public Dictionary<string, EstimateResult> Estimates { get; }

        public SampleCase MostDayService { get; }

        public SampleCase InSharedLives { get; }

        /// <summary>Each case's package: its estimate's lines, the units times <paramref name="units"/>, at twice the rate where <paramref name="dearer"/> says.</summary>
        public List<SampleCase> Cases(Func<SampleCase, string, decimal> units, Func<SampleCase, string, bool>? dearer = null) =>
            [.. Sample.Cases.Select(c => c with
            {
                Package = [.. Estimates[c.CaseId].AllocationSummary.Where(line => line.Amount > 0m).Select(line =>
                {
                    var type = SampleFormat.PackageSupportType(line.SupportType);
                    var factor = dearer?.Invoke(c, type) == true ? 2m : 1m;
                    return new PackageLine { SupportType = type, UnitsPerWeek = Math.Round(line.Amount / line.Rate * units(c, type), 4), UnitRate = line.Rate * factor };
                })],
            })];
    }
}
