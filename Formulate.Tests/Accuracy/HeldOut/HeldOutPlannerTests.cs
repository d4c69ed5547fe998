using Formulate.Analysis.Accuracy;

namespace Formulate.Tests.Accuracy.HeldOut;

public sealed class HeldOutPlannerTests
{
    private static readonly HeldOutCouncil Council = HeldOutTestCouncil.Fixed;

    [Fact]
    public void Plan_OlderPersonAloneWithMorningAndBedCalls_BooksCallsAndHousework()
    {
        // Worked by hand. Personal care level 2 (some help washing and dressing), calls morning and bed; meals prepared
        // at lunch and tea; medicines prompted in the morning; no carer.
        //   morning: wash 30 + prompt 10/2 = 35 -> 45 min;  lunch: meal 20 -> 30 min (meal-only minimum 30);
        //   tea: meal 20 -> 30 min;  bed: wash 30 -> 30 min.  135 min a day x 7 / 60 = 15.75 h.
        //   housework: level 2 -> 1 h + laundry 0.5 + shopping 0.75 = 2.25 h.  Home care 18.00 h at £25.
        var person = HeldOutPerson.WithoutNeeds(HeldOutSetting.OwnHomeAlone, "85_plus", "physical_personal_care") with
        {
            Need = Needs((HeldOutArea.Hygiene, 2), (HeldOutArea.Dressing, 2), (HeldOutArea.Toileting, 1), (HeldOutArea.Nutrition, 1), (HeldOutArea.HomeEnvironment, 2)),
            PersonalCareAt = Times(morning: true, midday: false, teatime: false, bedtime: true),
            MealsAt = Times(morning: false, midday: true, teatime: true, bedtime: false),
            Medicines = 1,
            MedicinesAt = Times(morning: true, midday: false, teatime: false, bedtime: false),
            Laundry = true,
            Shopping = true,
        };

        HeldOutPlanner.Plan(person, Council).ShouldBe([Line("home_care", 18.00m, 25.00m)]);
    }

    [Fact]
    public void Plan_HoistTransfersWithWifeAtHome_DoublesTheCallsAndFundsTheNightsSheCannot()
    {
        // Worked by hand. Help with everything (level 4), two carers for every transfer; calls morning, lunch, bed.
        // His wife (sustainable, willing: reliance 1) does some of the personal care: a third of 3 calls = 1, lunch.
        // She makes all the meals. Medicines given morning and bed.
        //   morning: care 60 + medicines 15/2 = 67 -> 75 min;  bed: care 45 + 7 = 52 -> 60 min.
        //   135 min a day = 15.75 h, and the second carer for the whole of each call another 15.75 h: 31.50 h at £25.
        //   Nights: a sleep-in 7 nights, she covers most (2/3): 7 x 1/3 = 2.33 -> 2 sleep-ins at £110.
        //   Breaks: about 2 weeks a year -> 2/52 = 0.0385 respite weeks at £900.
        var person = HoistedHusband();

        HeldOutPlanner.Plan(person, Council).ShouldBe(
        [
            Line("home_care", 31.50m, 25.00m),
            Line("sleep_in_night", 2m, 110.00m),
            Line("respite_week", 0.0385m, 900.00m),
        ]);
    }

    [Fact]
    public void Plan_FamilyMayBeSecondCarer_PaysTheSecondCarerForTheMorningCallOnly()
    {
        // Worked by hand. As above, but the council lets his wife (65 to 74, fit and willing) be the second person
        // outside the morning call: second carer 75 min a day = 8.75 h; 15.75 + 8.75 = 24.50 h.
        var council = Council with { FamilyMayBeSecondCarer = true };

        HeldOutPlanner.Plan(HoistedHusband(), council)[0].ShouldBe(Line("home_care", 24.50m, 25.00m));
    }

    [Fact]
    public void Plan_SupportedLivingWithTwoOthers_SharesCoreAndSleepInAndAddsOneToOneHours()
    {
        // Worked by hand. Three tenants share 126 core hours: 42 h each; 126 core hours cover the 112 waking hours, so
        // being left only an hour adds none. Behaviour high risk, daily, hard to predict: 7 x 2 x 1.25 = 17.5 h.
        // Community support one to one, 3 days x 4 h = 12 h; relationships level 2 = 1 h. 42 + 30.5 = 72.50 h at £21.
        // The house's sleep-in every night shared three ways: 7 / 3 = 2.33 sleep-ins at £110.
        var person = HeldOutPerson.WithoutNeeds(HeldOutSetting.SupportedLiving, "25_64", "learning_disability") with
        {
            Need = Needs((HeldOutArea.Hygiene, 2), (HeldOutArea.HomeSafety, 2), (HeldOutArea.Community, 2), (HeldOutArea.Relationships, 2)),
            PersonalCareAt = Times(morning: true, midday: false, teatime: false, bedtime: true),
            LeftAlone = 2,
            OthersPresent = 2,
            CommunityDays = 3,
            Housemates = 2,
            Behaviour = new HeldOutBehaviour { Kind = "physical_to_others", Frequency = 2, Risk = 2, Predictable = false, HasSupportPlan = true },
        };

        HeldOutPlanner.Plan(person, Council).ShouldBe(
        [
            Line("supported_living", 72.50m, 21.00m),
            Line("sleep_in_night", 2.33m, 110.00m),
        ]);
    }

    [Fact]
    public void Plan_NursingHomeDementiaWithBehaviour_PaysTheEnhancedFeeWithoutNhsNursingCare()
    {
        // Worked by hand. Severe memory loss with care resisted (moderate risk): the enhanced nursing band, £1,250,
        // a week; the NHS pays its nursing care to the home, so nothing is added; no one-to-one hours.
        var person = HeldOutPerson.WithoutNeeds(HeldOutSetting.NursingCare, "85_plus", "memory_cognition") with
        {
            Memory = 3,
            FncAssessed = true,
            Behaviour = new HeldOutBehaviour { Kind = "resisting_care", Frequency = 2, Risk = 1, Predictable = true, HasSupportPlan = false },
        };

        HeldOutPlanner.Plan(person, Council).ShouldBe([Line("care_home", 1m, 1_250.00m)]);
    }

    [Fact]
    public void Plan_LearningDisabilityHomeWithSevereRisk_AddsOneToOneHoursToTheEnhancedFee()
    {
        // Worked by hand. Severe risk: learning disability enhanced band £2,000 a week, and the 21 one-to-one hours
        // agreed on top at £20 an hour.
        var person = HeldOutPerson.WithoutNeeds(HeldOutSetting.ResidentialCare, "25_64", "learning_disability") with
        {
            CareHomeType = HeldOutCareHomeType.LearningDisability,
            CareHomeOneToOneHours = 21,
            Behaviour = new HeldOutBehaviour { Kind = "self_harm", Frequency = 3, Risk = 3, Predictable = false, HasSupportPlan = true },
        };

        HeldOutPlanner.Plan(person, Council).ShouldBe(
        [
            Line("care_home", 1m, 2_000.00m),
            Line("care_home_staff_hour", 21m, 20.00m),
        ]);
    }

    [Fact]
    public void Plan_SharedLivesWithLowNeedsAndADayService_PaysBandOneAndTheSessions()
    {
        // Worked by hand. Prompting with washing, meals and safety, no behaviour, no night need: 1 + 1 + 1 = 3, band 1
        // at £350. Two days at a day service, standard sessions at £50.
        var person = HeldOutPerson.WithoutNeeds(HeldOutSetting.SharedLives, "25_64", "learning_disability") with
        {
            Need = Needs((HeldOutArea.Hygiene, 1), (HeldOutArea.Nutrition, 1), (HeldOutArea.HomeSafety, 1), (HeldOutArea.Community, 2)),
            PrefersGroup = true,
            CommunityDays = 2,
        };

        HeldOutPlanner.Plan(person, Council).ShouldBe(
        [
            Line("shared_lives", 1m, 350.00m),
            Line("day_opportunity_session", 2m, 50.00m),
        ]);
    }

    [Fact]
    public void Bought_EmptyPlan_IsAnHourOfHomeCare()
    {
        var bought = HeldOutSample.Bought([], Council, new Random(1));

        bought.ShouldBe([Line("home_care", 1m, 25.00m)]);
    }

    [Fact]
    public void Plan_EveryGeneratedPerson_NamesOnlySupportTypesASampleAccepts()
    {
        var random = new Random(11);
        var council = HeldOutCouncil.Drawn(11);
        for (var i = 0; i < 2_000; i++)
        {
            foreach (var line in HeldOutPlanner.Plan(HeldOutPersonGenerator.Draw(random), council))
            {
                SampleFormat.SupportTypeNames.ShouldContain(line.SupportType);
                line.UnitsPerWeek.ShouldBeGreaterThan(0m);
                line.UnitsPerWeek.ShouldBeLessThanOrEqualTo(SampleFormat.MaxUnitsPerWeek);
            }
        }
    }

    private static HeldOutPerson HoistedHusband() =>
        HeldOutPerson.WithoutNeeds(HeldOutSetting.OwnHomeWithFamily, "75_84", "physical_personal_care") with
        {
            Need = Needs((HeldOutArea.Hygiene, 4), (HeldOutArea.Toileting, 4), (HeldOutArea.Dressing, 4), (HeldOutArea.Nutrition, 2)),
            Unpaid = new Dictionary<HeldOutArea, int> { [HeldOutArea.Hygiene] = 1, [HeldOutArea.Toileting] = 1, [HeldOutArea.Dressing] = 1, [HeldOutArea.Nutrition] = 3 },
            PersonalCareAt = Times(morning: true, midday: true, teatime: false, bedtime: true),
            MealsAt = Times(morning: false, midday: true, teatime: true, bedtime: false),
            Medicines = 2,
            MedicinesAt = Times(morning: true, midday: false, teatime: false, bedtime: true),
            Transfers = HeldOutTransfers.TwoCarers,
            TwoCarersEveryTransfer = true,
            TransferEquipment = "hoist",
            WeightBearing = 2,
            Walking = 3,
            NightNeed = 2,
            NightsPerWeek = 7,
            NightUnpaid = 2,
            Carer = new HeldOutCarer
            {
                Relationship = "partner",
                AgeBand = "65_74",
                LivesWithPerson = true,
                HoursBand = "50_plus",
                Health = 0,
                Sustainability = 0,
                Willingness = 0,
                OwnNeeds = 0,
                BreakNeed = 2,
                Assessment = "completed",
                Works = false,
            },
        };

    private static Dictionary<HeldOutArea, int> Needs(params (HeldOutArea Area, int Level)[] needs) =>
        needs.ToDictionary(need => need.Area, need => need.Level);

    private static HeldOutTimes Times(bool morning, bool midday, bool teatime, bool bedtime) =>
        new() { Morning = morning, Midday = midday, Teatime = teatime, Bedtime = bedtime };

    private static PackageLine Line(string supportType, decimal units, decimal rate) =>
        new() { SupportType = supportType, UnitsPerWeek = units, UnitRate = rate };
}
