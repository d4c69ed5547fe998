using Formulate.Analysis.Accuracy;

namespace Formulate.Tests.Accuracy.Practice;

/// <summary>Worked packages: each expected figure is worked out by hand from the council's rates and habits.</summary>
public sealed class PracticePlannerTests
{
    private static readonly PracticePerson HoistedForTwo = PracticePeople.NoNeeds with
    {
        Washing = 3,
        Dressing = 3,
        Toileting = 1,
        Transfers = Transfers.TwoCarers,
        UsesHoist = true,
    };

    private static IReadOnlyList<PackageLine> Plan(PracticePerson person, PlanningHabits? habits = null) =>
        new PracticePlanner(PracticePeople.RoundCouncil(habits)).Plan(person);

    /// <remarks>
    /// Morning: washing and dressing with most help, 45 minutes, and 15 for the hoist: 60 minutes, two carers. Bed:
    /// undressing, 30 minutes, and the hoist: 45, two carers. (60 + 45) × 2 carers × 7 days = 1,470 minutes = 24.5 hours,
    /// at £20: £490 a week.
    /// </remarks>
    [Fact]
    public void Plan_MostHelpWashingAndAHoistForTwo_DoubleHandedMorningAndBedCallsEachAsLongAsItsHeaviestTask()
    {
        HomeCallPlanner.Calls(HoistedForTwo, PracticePeople.Habits).ShouldBe([new Call("morning", 60, 2), new Call("bed", 45, 2)]);

        var line = Plan(HoistedForTwo).ShouldHaveSingleItem();

        line.ShouldBe(new PackageLine { SupportType = "home_care", UnitsPerWeek = 24.5m, UnitRate = 20m });
        line.WeeklyCost.ShouldBe(490m);
    }

    /// <remarks>With the council's habit of letting a family member take the second carer's place: (60 + 45) × 7 = 735 minutes, 12.25 hours.</remarks>
    [Fact]
    public void Plan_HoistForTwoWithFamilyWhoTakeTheSecondCarersPlace_SingleHandedCalls()
    {
        var withFamily = HoistedForTwo with
        {
            Setting = Setting.OwnHomeWithFamily,
            Carer = new UnpaidCarer { LivesWithPerson = true, Relationship = "partner", AgeBand = "65_74", Strain = CarerStrain.Sustainable, Share = 1, Works = false, HoursBand = 1 },
        };

        Plan(withFamily, PracticePeople.Habits with { FamilyAsSecondCarer = true }).ShouldHaveSingleItem().UnitsPerWeek.ShouldBe(12.25m);
        Plan(withFamily).ShouldHaveSingleItem().UnitsPerWeek.ShouldBe(24.5m);
    }

    /// <remarks>
    /// Morning: getting up with some help 30, breakfast 15, medicines 15: one 30-minute call. Lunch and tea: toilet 15, a
    /// meal 30, medicines 15: 30 each. Bed: undressing 30. Four 30-minute calls, not seven: 120 minutes a day, 14 hours a week.
    /// </remarks>
    [Fact]
    public void Plan_MealsAndMedicinesDueWhenACallIsThere_GivenInThatCallNotOneOfTheirOwn()
    {
        var person = PracticePeople.NoNeeds with { Washing = 2, Dressing = 2, Toileting = 2, Meals = 2, Medication = MedicationSupport.Administering, MedicationTimes = 3 };

        HomeCallPlanner.Calls(person, PracticePeople.Habits).ShouldBe(
            [new Call("morning", 30, 1), new Call("lunch", 30, 1), new Call("tea", 30, 1), new Call("bed", 30, 1)]);
        Plan(person).ShouldHaveSingleItem().UnitsPerWeek.ShouldBe(14m);
    }

    /// <remarks>A prompt to wash takes 15 minutes: the on-site team in extra care books 15 (1.75 hours a week); at home the call is at least the council's 30 (3.5 hours).</remarks>
    [Fact]
    public void Plan_PromptToWash_FifteenMinutesInExtraCareAndTheCouncilsMinimumAtHome()
    {
        var prompted = PracticePeople.NoNeeds with { Washing = 1 };

        Plan(prompted with { Setting = Setting.ExtraCareHousing }).ShouldHaveSingleItem().UnitsPerWeek.ShouldBe(1.75m);
        Plan(prompted).ShouldHaveSingleItem().UnitsPerWeek.ShouldBe(3.5m);
        Plan(prompted, PracticePeople.Habits with { PersonalCareMinimumMinutes = 45 }).ShouldHaveSingleItem().UnitsPerWeek.ShouldBe(5.25m);
    }

    /// <remarks>
    /// A medium-need house (some help with personal care, moderate behaviour) of four tenants: 84 core hours ÷ 4 = 21, and
    /// 10 one-to-one hours for moderate behaviour: 31 hours at £20 = £620. The house's sleep-in, 7 nights ÷ 4 = 1.75 at £100 = £175.
    /// </remarks>
    [Fact]
    public void Plan_SupportedLivingHouseOfFour_AQuarterOfTheCoreHoursAndTheNightPlusOwnOneToOneHours()
    {
        var tenant = PracticePeople.NoNeeds with
        {
            AgeBand = "25_64",
            SupportReason = "learning_disability",
            Setting = Setting.SupportedLiving,
            Washing = 2,
            Behaviour = 2,
            Night = NightNeed.SleepIn,
            Housemates = 3,
        };

        Plan(tenant).ShouldBe(
        [
            new PackageLine { SupportType = "supported_living", UnitsPerWeek = 31m, UnitRate = 20m },
            new PackageLine { SupportType = "sleep_in_night", UnitsPerWeek = 1.75m, UnitRate = 100m },
        ]);
    }

    [Fact]
    public void Plan_LearningDisabilityHomeWithHighRiskBehaviour_EnhancedFlatFeeAndOneToOneHoursOnTop()
    {
        var resident = PracticePeople.NoNeeds with { AgeBand = "25_64", SupportReason = "learning_disability", Setting = Setting.ResidentialCare, Behaviour = 3, Community = 4 };

        Plan(resident).ShouldBe(
        [
            new PackageLine { SupportType = "care_home", UnitsPerWeek = 1m, UnitRate = 1900m },
            new PackageLine { SupportType = "care_home_staff_hour", UnitsPerWeek = 21m, UnitRate = 20m },
        ]);
    }

    /// <remarks>Fees are flat within a band: needing everything done, without dementia, behaviour or a hoist for two, is still the standard band.</remarks>
    [Fact]
    public void Plan_OlderPersonInNursingCareWithoutEnhancedNeeds_TheStandardFeeAlone()
    {
        var resident = PracticePeople.NoNeeds with { Setting = Setting.NursingCare, Washing = 4, Dressing = 4, Toileting = 4, Meals = 4, Transfers = Transfers.OneCarer };

        Plan(resident).ShouldBe([new PackageLine { SupportType = "care_home", UnitsPerWeek = 1m, UnitRate = 1000m }]);
    }

    /// <remarks>
    /// A partner whose caring is at risk, for someone with significant memory problems who needs prompting to wash: the
    /// council's 3 respite weeks a year (3 ÷ 52 = 0.0577, 0.06 weeks a week) and two day-centre sessions for the carer's
    /// break, at the enhanced session rate for dementia (£60).
    /// </remarks>
    [Fact]
    public void Plan_CarerAtRiskOfSomeoneWithDementia_RespiteWeeksAndDayCentreSessions()
    {
        var person = PracticePeople.NoNeeds with
        {
            SupportReason = "memory_cognition",
            Setting = Setting.OwnHomeWithFamily,
            Cognition = 2,
            Carer = new UnpaidCarer { LivesWithPerson = true, Relationship = "partner", AgeBand = "75_plus", Strain = CarerStrain.AtRisk, Share = 1, Works = false, HoursBand = 2 },
        };

        Plan(person).ShouldBe(
        [
            new PackageLine { SupportType = "respite_week", UnitsPerWeek = 0.06m, UnitRate = 780m },
            new PackageLine { SupportType = "day_opportunity_session", UnitsPerWeek = 2m, UnitRate = 60m },
        ]);
    }
}
