using Formulate.Engine.Estimation;
using Shouldly;

namespace Formulate.Tests.Engine;

public class SharedLivesAndSecondCarerTests
{
    private static readonly string[] VisitAreas = ["personal-care", "eating-drinking", "medication-health"];

    private static ProfileBuilder Person(string livingSituation) => new ProfileBuilder()
        .With("person.living_situation", livingSituation)
        .Need("hygiene", "most")
        .Need("nutrition", "some")
        .With("nutrition.meals_per_day", "three")
        .With("nutrition.support_type", "prepare_and_assist")
        .With("medication.support", "administering")
        .With("medication.times_per_day", "2");

    private static ProfileBuilder AtNight(ProfileBuilder person, string supportType) => person
        .With("night.need", "regular").With("night.support_type", supportType).With("night.nights_per_week", "7");

    private static AllocationLine? Line(EstimateResult result, string areaId) =>
        result.AllocationSummary.SingleOrDefault(line => line.AreaId == areaId);

    [Fact]
    public void Estimate_SharedLivesWithWakingNights_PaysTheWakingNightsOnTopOfTheFee()
    {
        var withoutNights = EngineFixtures.Shipped.EstimateOrFail(Person("shared_lives").Build());
        var withWakingNights = EngineFixtures.Shipped.EstimateOrFail(AtNight(Person("shared_lives"), "waking_night").Build());

        var nights = Line(withWakingNights, "night-support").ShouldNotBeNull();
        nights.SupportType.ShouldBe(SupportTypes.WakingNightHour);
        nights.Amount.ShouldBeGreaterThan(0m);
        Line(withWakingNights, "shared-lives").ShouldNotBeNull().Amount.ShouldBe(Line(withoutNights, "shared-lives")!.Amount);
        withWakingNights.WeeklyEstimate.ShouldBe(withoutNights.WeeklyEstimate + nights.Amount);
    }

    [Fact]
    public void Estimate_SharedLivesWithSleepIns_KeepsThemInTheFee()
    {
        var withoutNights = EngineFixtures.Shipped.EstimateOrFail(Person("shared_lives").Build());
        var withSleepIns = EngineFixtures.Shipped.EstimateOrFail(AtNight(Person("shared_lives"), "sleep_in").Build());

        Line(withSleepIns, "night-support").ShouldBeNull();
        withSleepIns.AllocationSummary.Select(line => line.AreaId).ShouldContain("shared-lives");
        withSleepIns.WeeklyEstimate.ShouldBe(withoutNights.WeeklyEstimate);
    }

    [Fact]
    public void Estimate_TwoCarersAtHome_PaysTheSecondCarerForTheWholeVisit()
    {
        var result = EngineFixtures.Shipped.EstimateOrFail(Person("own_home_alone")
            .With("mobility.transfers", "two_carers").With("mobility.two_carers_scope", "all_transfers").Build());

        var visits = VisitAreas.Sum(area => Line(result, area).ShouldNotBeNull().Units);
        Line(result, "second-carer").ShouldNotBeNull().Units.ShouldBe(visits);
    }

    [Fact]
    public void Estimate_TwoCarersForSomeTransfers_PaysTheSecondCarerForThatShareOfTheVisits()
    {
        var result = EngineFixtures.Shipped.EstimateOrFail(Person("own_home_alone")
            .With("mobility.transfers", "two_carers").With("mobility.two_carers_scope", "some_transfers").Build());

        var visits = VisitAreas.Sum(area => Line(result, area)!.Units);
        Line(result, "second-carer").ShouldNotBeNull().Units.ShouldBe(Math.Round(visits * 0.5m, 2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Estimate_TwoCarersInACareHome_CountsTheSecondCarerOnPersonalCareAlone()
    {
        var profile = Person("residential_care").With("mobility.transfers", "two_carers").With("mobility.two_carers_scope", "all_transfers").Build();

        var result = EngineFixtures.Shipped.EstimateOrFail(profile);

        var careHome = result.Trace.Steps.Single(step => step.RuleId == "care-home");
        var secondCarer = careHome.Steps.Single(step => step.RuleId == "second-carer").Amount;
        secondCarer.ShouldNotBeNull().ShouldBeGreaterThan(0m);
        secondCarer.ShouldBe(careHome.Steps.Single(step => step.RuleId == "personal-care").Amount);
    }
}
