using Formulate.Engine.Defaults;
using Formulate.Web.Configuration;

namespace Formulate.Tests.Web.Configuration;

public sealed class ParameterGroupsTests
{
    private static Formulate.Engine.Parameters.Parameter Shipped(string key) =>
        DefaultDefinitions.Definition.Configuration.Find(key) ?? DefaultDefinitions.Definition.Model.Find(key)!;

    [Fact]
    public void UsedBy_HomecareRate_ListsEveryAreaPricedAtIt()
    {
        ParameterGroups.UsedBy(Shipped("rate.home_care")).ShouldBe(
        [
            "Personal care", "A second carer", "Eating and drinking", "Medicines and health tasks", "Household tasks", "Safety and supervision",
            "Caring for a child", "Support at night",
            // The care-as-planned model's rules price at the same rate; they are named by their headings in its method document.
            "Calls at home", "Shared core hours and one-to-one support",
        ]);
    }

    [Fact]
    public void UsedBy_SustainabilityShare_ListsTheOutcomesOnceAndTheAreasThatCountUnpaidHelpThemselves()
    {
        ParameterGroups.UsedBy(Shipped("deduction.sustainability.at_risk")).ShouldBe(["Needs met in other ways", "Medicines and health tasks", "Support at night", "Care tasks at each time of day"]);
    }

    [Fact]
    public void UsedBy_WakingNightRate_ListsTheAreaAndItsLine()
    {
        ParameterGroups.UsedBy(Shipped("rate.waking_night_hour")).ShouldBe(["Support at night", "Waking nights"]);
    }

    [Fact]
    public void UsedBy_DecisionNoEstimateRuleReads_IsEmpty()
    {
        ParameterGroups.UsedBy(Shipped("policy.accuracy_tolerance_percent")).ShouldBeEmpty();
    }
}
