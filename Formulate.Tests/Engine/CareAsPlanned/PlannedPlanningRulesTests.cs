using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Profiles;
using Formulate.Tests.Accuracy.Practice;

namespace Formulate.Tests.Engine.CareAsPlanned;

/// <summary>
/// How councils plan, as the care-as-planned model follows it: the enhanced care home band for needs fee schedules pay it
/// for, the family doing the tasks it does most of, washing and dressing in the morning, a family member as the second
/// carer where the council counts on it, and supported living where the council funds no core hours. Every figure is
/// worked out by hand in the comment beside it.
/// </summary>
public class PlannedPlanningRulesTests
{
    private static readonly EngineDefinition Demo = DefaultDefinitions.CareAsPlanned;

    private static EstimateResult Estimate(NeedsProfile profile, EngineDefinition? definition = null) =>
        new FormulateEngine(definition ?? Demo).EstimateOrFail(profile);

    private static EngineDefinition WithConfiguration(string key, decimal value) =>
        Demo with { Configuration = PracticeCouncilConfiguration.WithValues(Demo.Configuration, new Dictionary<string, decimal> { [key] = value }, "test", "A council's own setting") };

    private static decimal Hours(EstimateResult result, string areaId) =>
        result.AllocationSummary.Where(line => line.AreaId == areaId).Sum(line => line.WeeklyHours);

    /// <summary>Someone in a care home who needs only prompting to wash in the morning: 5 minutes a day, 0.58 care hours a week.</summary>
    private static ProfileBuilder CareHomeResident(string home) => PlannedProfiles.Builder()
        .With("person.age_band", "85_plus").With("person.primary_support_reason", "physical_personal_care")
        .With("person.living_situation", home).With("person.has_unpaid_carer", "no").With("care_home.type", "general")
        .With("hygiene.need", "prompting").With("personal_care.morning", "yes");

    // Demo fees: residential £747.60 standard, £846.73 enhanced; nursing £918.49 standard, £995.03 enhanced.
    [Theory]
    [InlineData("residential_care", "none", "747.60")]
    [InlineData("residential_care", "moderate_behaviour", "846.73")]
    [InlineData("residential_care", "low_behaviour", "747.60")]
    [InlineData("residential_care", "low_behaviour_significant_memory", "846.73")]
    [InlineData("residential_care", "significant_memory", "747.60")]
    [InlineData("residential_care", "two_carers_every_move", "846.73")]
    [InlineData("residential_care", "two_carers_some_moves", "747.60")]
    [InlineData("residential_care", "complex_medicines", "747.60")]
    [InlineData("residential_care", "continuous_nights", "747.60")]
    [InlineData("nursing_care", "none", "918.49")]
    [InlineData("nursing_care", "complex_medicines", "995.03")]
    [InlineData("nursing_care", "continuous_nights", "995.03")]
    public void Estimate_CareHomeWithFewCareHours_EnhancedBandOnlyForTheNeedsFeeSchedulesPayItFor(string home, string need, string fee)
    {
        // Each need adds at most a few hours to the 0.58 (two sleep-in nights count 2 × 3 = 6), far under the 21 hours
        // that put anyone in the enhanced band, so the band comes from the need alone.
        var builder = CareHomeResident(home);
        _ = need switch
        {
            "moderate_behaviour" => builder.With("behaviour.present", "yes").With("behaviour.risk", "moderate"),
            "low_behaviour" => builder.With("behaviour.present", "yes").With("behaviour.risk", "low"),
            "low_behaviour_significant_memory" => builder.With("behaviour.present", "yes").With("behaviour.risk", "low").With("cognition.memory", "significant"),
            "significant_memory" => builder.With("cognition.memory", "significant"),
            "two_carers_every_move" => builder.With("mobility.transfers", "two_carers").With("mobility.two_carers_scope", "all_transfers"),
            "two_carers_some_moves" => builder.With("mobility.transfers", "two_carers").With("mobility.two_carers_scope", "some_transfers"),
            "complex_medicines" => builder.With("medication.support", "complex").With("medication.morning", "yes"),
            "continuous_nights" => builder.With("night.need", "continuous").With("night.support_type", "sleep_in").With("night.nights_per_week", "1_2"),
            _ => builder,
        };

        Estimate(builder.Build()).WeeklyEstimate.ShouldBe(decimal.Parse(fee, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>At home with family; prompting with the toilet (5 minutes), at a midday call only.</summary>
    private static ProfileBuilder MiddayToilet(string unpaid, string sustainable) => PlannedProfiles.Builder()
        .With("person.age_band", "75_84").With("person.primary_support_reason", "physical_personal_care")
        .With("person.living_situation", "own_home_with_family").With("person.lives_with", "partner").With("person.has_unpaid_carer", "yes")
        .With("carer.relationship", "partner").With("carer.lives_with_person", "yes").With("carer.willing", "yes").With("support.arrangement", "agency")
        .With("toileting.need", "prompting").With("toileting.unpaid", unpaid).With("toileting.unpaid_sustainable", sustainable)
        .With("personal_care.midday", "yes");

    [Theory]
    // 5 × (1 − 0.6) = 2 minutes left: no more than 0.4 of the task, so the family does it all and no call is booked.
    [InlineData("most", "yes", "0")]
    // 5 × (1 − 0.25) = 3.75 minutes: a 30-minute call, 30 × 7 ÷ 60 = 3.5 hours.
    [InlineData("some", "yes", "3.5")]
    // 5 × (1 − 0.6 × 0.75) = 2.75 minutes, since the family's part is at risk: a 30-minute call, 3.5 hours.
    [InlineData("most", "at_risk", "3.5")]
    public void Estimate_FamilyDoesMostOfATask_NoCallIsBookedForWhatIsLeft(string unpaid, string sustainable, string hours) =>
        Hours(Estimate(MiddayToilet(unpaid, sustainable).Build()), "calls").ShouldBe(decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    // Some help with the toilet (10 minutes) is needed through the day: calls at all four times though only midday is
    // recorded, 4 × 30 minutes × 7 ÷ 60 = 14 hours. Prompting (5 minutes) is planned at the midday call recorded: 3.5.
    [InlineData("some", "14")]
    [InlineData("prompting", "3.5")]
    public void Estimate_ToiletHelpWithOneCallRecorded_PlansCallsThroughTheDayFromSomeHelp(string level, string hours) =>
        Hours(Estimate(MiddayToilet("none", "yes").With("toileting.need", level).Build()), "calls").ShouldBe(decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Estimate_DressingSomeHelpWithOnlyAMorningCall_AddsTheBedtimeCall()
    {
        // Dressing, some help: 10 minutes in the morning and 10 getting ready for bed; two 30-minute calls, 7 hours.
        Hours(Estimate(Washing().With("hygiene.need", "none").With("dressing.need", "some").With("personal_care.morning", "yes").Build()), "calls").ShouldBe(7m);
    }

    /// <summary>On their own at home; washing, some help (15 minutes), with no toilet help.</summary>
    private static ProfileBuilder Washing() => PlannedProfiles.Builder()
        .With("person.age_band", "75_84").With("person.primary_support_reason", "physical_personal_care")
        .With("person.living_situation", "own_home_alone").With("person.has_unpaid_carer", "no").With("support.arrangement", "agency")
        .With("hygiene.need", "some");

    [Fact]
    public void Estimate_WashingWithOnlyATeatimeCallRecorded_PlansItInAMorningCall()
    {
        // The teatime call has no task (washing is not done then, and there is no toilet help); washing's 15 minutes go
        // in a morning call of 30 minutes: 3.5 hours.
        var result = Estimate(Washing().With("personal_care.evening", "yes").Build());

        Hours(result, "calls").ShouldBe(3.5m);
    }

    [Fact]
    public void Estimate_WashingWithABedtimeCallButNoMorningCall_AddsTheMorningCall()
    {
        // 15 minutes at bedtime and in the morning: two 30-minute calls, 7 hours.
        Hours(Estimate(Washing().With("personal_care.bedtime", "yes").Build()), "calls").ShouldBe(7m);
    }

    /// <summary>At home with a partner who lives there; washing, some help, in the morning; two carers for every transfer.</summary>
    private static ProfileBuilder TwoCarersAtHome(string willing) => PlannedProfiles.Builder()
        .With("person.age_band", "75_84").With("person.primary_support_reason", "physical_personal_care")
        .With("person.living_situation", "own_home_with_family").With("person.lives_with", "partner").With("person.has_unpaid_carer", "yes")
        .With("carer.relationship", "partner").With("carer.lives_with_person", "yes").With("carer.willing", willing).With("support.arrangement", "agency")
        .With("hygiene.need", "some").With("personal_care.morning", "yes")
        .With("mobility.transfers", "two_carers").With("mobility.two_carers_scope", "all_transfers").With("mobility.equipment", "hoist");

    [Theory]
    // The demo council books two paid carers: the 30-minute morning call (15 × 1.2 = 18 minutes) twice, 3.5 hours each.
    [InlineData(0, "yes", "3.5")]
    // A council that counts on a willing family member at home books one.
    [InlineData(1, "yes", "0")]
    [InlineData(1, "with_limits", "0")]
    // Not when the family member is not willing to help.
    [InlineData(1, "no", "3.5")]
    public void Estimate_TwoCarersForEveryTransfer_SecondCarerIsTheFamilyOnlyWhereTheCouncilCountsOnIt(int policy, string willing, string secondCarerHours)
    {
        var result = Estimate(TwoCarersAtHome(willing).Build(), WithConfiguration("policy.family_as_second_carer", policy));

        Hours(result, "calls").ShouldBe(3.5m);
        Hours(result, "second-carer").ShouldBe(decimal.Parse(secondCarerHours, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Estimate_TwoCarersForEveryTransferAndAMealCall_DoublesTheMealCallToo()
    {
        // Morning: washing 15 × 1.2 (two carers) = 18 minutes, a 30-minute call. Midday: a meal, prepare and help, some
        // help, 30 × 0.75 = 22.5 minutes, a 30-minute call. 60 minutes a day = 7 hours, and a second carer at both
        // calls, since moving the person to eat needs two as well: another 7 hours.
        var result = Estimate(Washing().With("personal_care.morning", "yes")
            .With("mobility.transfers", "two_carers").With("mobility.two_carers_scope", "all_transfers").With("mobility.equipment", "hoist")
            .With("nutrition.need", "some").With("nutrition.support_type", "prepare_and_assist").With("nutrition.midday", "yes").Build());

        Hours(result, "calls").ShouldBe(7m);
        Hours(result, "second-carer").ShouldBe(7m);
    }

    [Fact]
    public void Estimate_Sl01WhereTheCouncilFundsNoCoreHours_GivesAllTheCareTasksOneToOne()
    {
        // docs/worked-cases-2026.md sl01 with no core hours: one-to-one (7.41125 + 2 hands-on safety) × 1 + behaviour
        // 6.5625 + supervision 14 = 29.97375 → 29.97 hours × £20.64 = £618.58; no core hours line.
        var result = Estimate(PlannedProfiles.Sl01(), WithConfiguration("core_hours.supported_living", 0m));

        var oneToOne = result.AllocationSummary.Single(line => line.AreaId == "one-to-one");
        oneToOne.Units.ShouldBe(29.97m);
        oneToOne.Amount.ShouldBe(618.58m);
        result.AllocationSummary.Where(line => line.AreaId == "core-hours").Sum(line => line.Amount).ShouldBe(0m);
    }
}
