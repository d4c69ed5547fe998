using Formulate.Engine;
using Formulate.Engine.Estimation;
using Formulate.Engine.Json;

namespace Formulate.Tests.Engine;

/// <summary>
/// The council's policy above the high-end cap, on worked case 5: its areas add up to £3,589.97 a week and 163.61 hours
/// (19.60 + 41.18 + 14.00 + 7.58 + 2.25 + 9.00 + 70.00), against a cap of £1,600.
/// </summary>
public class HighEndCapPolicyTests
{
    private const string Policy = BudgetLimits.ReferToPanelPolicy;

    private static readonly Formulate.Engine.Profiles.NeedsProfile AboveTheCap = WorkedCaseDataAttribute.Load("wc05").Profile;

    [Fact]
    public void Estimate_ReferToPanel_KeepsTheFullEstimateAndItsHoursAndFlagsIt()
    {
        var result = EngineFixtures.WithConfiguration(c => c.Setting(Policy, 1m)).EstimateOrFail(AboveTheCap);

        result.WeeklyEstimate.ShouldBe(3589.97m);
        result.TotalWeeklyHours.ShouldBe(163.61m);
        result.Adjustments.ShouldBeEmpty();
        result.PanelReferral.ShouldBe(new PanelReferral { Cap = 1600m, AboveCap = 1989.97m });
        result.QualityStatements.Select(statement => statement.Code).ShouldContain("QA31");
        result.QualityStatements.Select(statement => statement.Code).ShouldNotContain("QA16");
        Limits(result).Working!.ShouldContain("the full estimate stands and needs a second approval");
    }

    [Fact]
    public void Estimate_Cap_CutsTheMoneyToTheCapAndTheHoursByTheSameShare()
    {
        var result = EngineFixtures.WithConfiguration(c => c.Setting(Policy, 0m)).EstimateOrFail(AboveTheCap);

        // 163.61 hours × 1,989.97 ÷ 3,589.97 = 90.69 hours taken off, leaving 72.92.
        result.WeeklyEstimate.ShouldBe(1600m);
        var cut = result.Adjustments.ShouldHaveSingleItem();
        cut.Id.ShouldBe(BudgetLimits.CapId);
        cut.Amount.ShouldBe(-1989.97m);
        cut.WeeklyHours.ShouldBe(-90.69m);
        result.TotalWeeklyHours.ShouldBe(72.92m);
        result.PanelReferral.ShouldBeNull();
        result.QualityStatements.Select(statement => statement.Code).ShouldContain("QA16");
        result.QualityStatements.Select(statement => statement.Code).ShouldNotContain("QA31");
    }

    [Fact]
    public void Estimate_ConfigurationFromBeforeThePolicy_CutsTheMoneyAndLeavesTheHoursAsItAlwaysDid()
    {
        var result = EngineFixtures.WithConfiguration(c => c.Without(Policy)).EstimateOrFail(AboveTheCap);

        result.WeeklyEstimate.ShouldBe(1600m);
        result.TotalWeeklyHours.ShouldBe(163.61m);
        var cut = result.Adjustments.ShouldHaveSingleItem();
        cut.Amount.ShouldBe(-1989.97m);
        cut.WeeklyHours.ShouldBeNull();
        // Written as before the policy, so that results stored under such configurations re-run character for character.
        FormulateJson.Serialize(cut).ShouldBe("""{"id":"high-end-cap","label":"Reduced to the council\u0027s high-end cap","amount":-1989.97}""");
        result.PanelReferral.ShouldBeNull();
        Limits(result).Working.ShouldBe("£3,589.97 is above the cap of £1,600.00: reduced by £1,989.97");
    }

    [Theory]
    [InlineData(1, "living-situation:extra_care_housing", 3448.74, 1848.74)]
    [InlineData(1, "living-situation:shared_lives", 2140.40, 540.40)]
    [InlineData(1, "without-unpaid-support", 3594.81, 1994.81)]
    [InlineData(0, "living-situation:extra_care_housing", 1600.00, null)]
    [InlineData(0, "without-unpaid-support", 1600.00, null)]
    public void WhatIfs_FollowTheSamePolicy(int referToPanel, string whatIf, double weekly, double? aboveCap)
    {
        var result = EngineFixtures.WithConfiguration(c => c.Setting(Policy, referToPanel)).EstimateOrFail(AboveTheCap);

        var scenario = result.WhatIfs.Single(w => w.Id == whatIf);
        scenario.WeeklyEstimate.ShouldBe((decimal)weekly);
        ((decimal?)scenario.PanelReferral?.AboveCap).ShouldBe((decimal?)aboveCap);
        (scenario.PanelReferral is null).ShouldBe(aboveCap is null);
        (scenario.Adjustments.Count == 1).ShouldBe(referToPanel == 0);
    }

    [Fact]
    public void Estimate_ReferToPanelBelowTheCap_IsNotReferred()
    {
        var result = EngineFixtures.WithConfiguration(c => c.Setting(Policy, 1m).Setting("cap.community_weekly", 3589.97m)).EstimateOrFail(AboveTheCap);

        result.WeeklyEstimate.ShouldBe(3589.97m);
        result.PanelReferral.ShouldBeNull();
        result.Adjustments.ShouldBeEmpty();
    }

    private static Formulate.Engine.Tracing.TraceStep Limits(EstimateResult result) =>
        result.Trace.Steps.Single(step => step.RuleId == "limits");
}
