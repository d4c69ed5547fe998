namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>Draws a person's needs, health and help from others, given their group, setting and underlying traits.</summary>
internal static class HeldOutNeedsGenerator
{
    internal sealed record Start(
        HeldOutCohort Cohort, string AgeBand, string Reason, HeldOutSetting Setting, double Physical, double Cognition, double Mood,
        HeldOutBehaviour? Behaviour, HeldOutCarer? Carer);

    public static HeldOutPerson Draw(Random random, Start start)
    {
        var (cohort, ageBand, reason, setting, p, c, m, behaviour, carer) = start;
        var older = ageBand is "65_74" or "75_84" or "85_plus";
        var workingAge = !older;
        var learningDisability = cohort == HeldOutCohort.LearningDisability;
        var sensory = reason.StartsWith("sensory", StringComparison.Ordinal);
        var careHome = setting is HeldOutSetting.ResidentialCare or HeldOutSetting.NursingCare;
        var staffed = careHome || setting is HeldOutSetting.SupportedLiving or HeldOutSetting.SharedLives;
        var risk = behaviour?.Risk ?? -1;

        // Prompting comes with cognitive impairment even where the body is able.
        var prompting = c < 0.25 ? 0.0 : c < 0.5 ? 1.0 : c < 0.75 ? 1.6 : 2.6;
        var need = new Dictionary<HeldOutArea, int>
        {
            [HeldOutArea.Hygiene] = random.Level(Math.Max((4.2 * p) - 0.2, prompting), 4),
            [HeldOutArea.Toileting] = random.Level(Math.Max((4.0 * p) - 0.7, prompting - 0.4), 4),
            [HeldOutArea.Dressing] = random.Level(Math.Max((4.1 * p) - 0.3, prompting), 4),
            [HeldOutArea.Nutrition] = random.Level(Math.Max(Math.Max((3.3 * p) - 0.6, (c * 2.6) - 0.4), m > 0.6 ? 1 : 0), 4),
            [HeldOutArea.HomeSafety] = random.Level(Math.Max(Math.Max((c * 3.6) - 0.6, (p * 2.4) - 0.7), risk), 4),
            [HeldOutArea.HomeEnvironment] = random.Level(Math.Max(Math.Max((4 * p) - 0.2, (c * 3.2) - 0.2), (m * 2.2) - 0.3), 4),
            [HeldOutArea.Relationships] = random.Level(Math.Max(Math.Max((c * 2.6) - 0.6, (m * 3) - 0.6),
                reason is "sensory_hearing" or "sensory_dual" or "social_isolation_other" ? 1.5 : 0), 4),
            [HeldOutArea.Community] = random.Level(Math.Max(Math.Max((3.2 * p) - 0.4, (c * 3.2) - 0.4), Math.Max((m * 3) - 0.5, sensory ? 2 : 0)), 4),
            [HeldOutArea.Work] = 0,
            [HeldOutArea.ChildCare] = 0,
        };
        if (workingAge && cohort is HeldOutCohort.LearningDisability or HeldOutCohort.MentalHealth or HeldOutCohort.WorkingAgePhysical or HeldOutCohort.Sensory
            && !careHome && random.Chance(learningDisability ? 0.35 : 0.2))
        {
            need[HeldOutArea.Work] = Math.Max(1, random.Level((c * 3) + (p * 1.5), 4));
        }

        var hasChildren = ageBand == "25_64" && !learningDisability && !careHome && random.Chance(0.1);
        if (hasChildren && random.Chance(0.75))
        {
            need[HeldOutArea.ChildCare] = Math.Max(1, random.Level(0.8 + (p * 2) + m, 4));
        }

        var tubeFeeding = (setting == HeldOutSetting.NursingCare && random.Chance(0.08)) || (p > 0.85 && random.Chance(0.03));
        var catheter = random.Chance((p * 0.15) + (setting == HeldOutSetting.NursingCare ? 0.1 : 0));
        var pressureCare = random.Chance(setting == HeldOutSetting.NursingCare ? 0.4 : p > 0.8 ? 0.3 : 0.02);
        var transfers = TransfersFor(p + (0.08 * random.Normal()));
        var pcLevel = Math.Max(need[HeldOutArea.Hygiene], Math.Max(need[HeldOutArea.Toileting], need[HeldOutArea.Dressing]));
        var toilet = need[HeldOutArea.Toileting];
        var nutrition = need[HeldOutArea.Nutrition];
        var homeEnvironment = need[HeldOutArea.HomeEnvironment];
        var nightNeed = NightNeed(random, learningDisability, p, c, m, risk, tubeFeeding);
        var consciousness = learningDisability && random.Chance(0.25) ? random.Level(1.3, 3) : random.Chance(0.04) ? 1 : 0;
        var breathing = random.Level((older ? 0.3 : 0.0) + (setting == HeldOutSetting.NursingCare ? 0.6 : 0) + (p * 0.5) - 0.3, 3, 0.6);
        if (nightNeed == 2 && (tubeFeeding || breathing == 3 || consciousness == 3 || (c > 0.8 && behaviour is not null) || risk == 3) && random.Chance(0.5))
        {
            nightNeed = 3;
        }

        var leftAlone = LeftAlone(random, c, risk, p, consciousness, setting);
        if (leftAlone > 0)
        {
            need[HeldOutArea.HomeSafety] = Math.Max(1, need[HeldOutArea.HomeSafety]);
        }
        else if (need[HeldOutArea.HomeSafety] > 0 && c > 0.45)
        {
            leftAlone = 1;
        }

        var communityLevel = need[HeldOutArea.Community];
        var dementia = reason == "memory_cognition";
        var communityIsCarerBreak = communityLevel > 0 && carer is { LivesWithPerson: true } && random.Chance(0.4 + (0.2 * carer.Sustainability));

        // A day-centre place a week is the usual break for the carer living with someone with dementia (domain practice).
        if (dementia && carer is { LivesWithPerson: true, Sustainability: > 0 } && !careHome && communityLevel == 0)
        {
            communityLevel = 1;
            need[HeldOutArea.Community] = 1;
            communityIsCarerBreak = true;
        }

        var communityDays = communityLevel == 0 ? 0 : Math.Max(1, random.Level(0.6 + (communityLevel * 0.6) + (learningDisability ? 1.2 : 0), 5, 0.6));
        var medicines = Medicines(random, cohort, older, p, c);
        var metByCommunity = MetByCommunity(random, need, older, setting);
        var unpaid = UnpaidShares(random, need, carer, staffed);
        var mealHelp = nutrition >= 4 || tubeFeeding ? HeldOutMealHelp.AssistToEat
            : nutrition == 3 ? random.Chance(0.7) ? HeldOutMealHelp.PrepareAndAssist : HeldOutMealHelp.AssistToEat
            : HeldOutMealHelp.PrepareOnly;
        var expressing = random.Level(learningDisability ? (c * 3.3) - 0.5 : (c * 2.8) - 0.9 + (reason is "sensory_hearing" or "sensory_dual" ? 1.2 : 0), 3);
        var understanding = random.Level(learningDisability ? (c * 3.2) - 0.5 : (c * 2.8) - 0.8 + (reason is "sensory_hearing" or "sensory_dual" ? 1 : 0), 3);
        var twoCarers = transfers == HeldOutTransfers.TwoCarers;
        return new HeldOutPerson
        {
            Setting = setting,
            AgeBand = ageBand,
            PrimarySupportReason = reason,
            LivesWith = carer is { LivesWithPerson: true } ? carer.Relationship : random.Pick(("partner", 0.5), ("adult_child", 0.3), ("other_relative", 0.2)),
            Arrangement = setting is HeldOutSetting.OwnHomeAlone or HeldOutSetting.OwnHomeWithFamily
                ? older
                    ? random.Pick((HeldOutArrangement.Agency, 0.85), (HeldOutArrangement.DirectPaymentAgency, 0.07), (HeldOutArrangement.DirectPaymentPersonalAssistant, 0.08))
                    : random.Pick((HeldOutArrangement.Agency, 0.6), (HeldOutArrangement.DirectPaymentAgency, 0.1), (HeldOutArrangement.DirectPaymentPersonalAssistant, 0.3))
                : HeldOutArrangement.Agency,
            Fluctuation = random.Level(cohort == HeldOutCohort.MentalHealth ? 1.3 : 0.4, 2),
            Need = need,
            MetByCommunity = metByCommunity,
            Unpaid = unpaid,
            PersonalCareAt = pcLevel == 0 ? HeldOutTimes.None : new HeldOutTimes
            {
                Morning = true,
                Midday = toilet >= 3 || pcLevel == 4 ? random.Chance(0.75) : toilet >= 2 && random.Chance(0.3),
                Teatime = toilet >= 2 ? random.Chance(0.6) : random.Chance(0.1),
                Bedtime = pcLevel >= 2 ? random.Chance(0.85) : random.Chance(0.3),
            },
            MealsAt = nutrition == 0 ? HeldOutTimes.None : MealTimes(random),
            MealHelp = mealHelp,
            Laundry = homeEnvironment >= 2 ? random.Chance(0.8) : homeEnvironment == 1 && random.Chance(0.3),
            Shopping = homeEnvironment >= 1 && random.Chance(0.5 + (0.1 * homeEnvironment)),
            LeftAlone = leftAlone,
            OthersPresent = staffed ? 2
                : carer is { LivesWithPerson: true } ? carer.Works ? 1 : 2
                : setting == HeldOutSetting.ExtraCareHousing ? 1
                : carer is not null && random.Chance(0.3) ? 1 : 0,
            PrefersGroup = random.Chance(learningDisability ? 0.6 : dementia ? 0.65 : older ? 0.5 : 0.3),
            CommunityDays = communityDays,
            CommunityIsCarerBreak = communityIsCarerBreak,
            WorkActivity = ageBand == "18_24"
                ? random.Pick(("education_training", 0.6), ("volunteering", 0.2), ("paid_work", 0.2))
                : random.Pick(("paid_work", 0.35), ("volunteering", 0.4), ("education_training", 0.25)),
            WorkDays = need[HeldOutArea.Work] == 0 ? 0 : random.Next(1, 4),
            HasChildren = hasChildren,
            YoungestChild = random.Pick(("under_5", 0.3), ("5_to_11", 0.4), ("12_to_17", 0.3)),
            Walking = random.Level((p * 3.6) - 0.4, 3, 0.35),
            Transfers = transfers,
            TwoCarersEveryTransfer = twoCarers && random.Chance(0.65),
            TransferEquipment = transfers switch
            {
                HeldOutTransfers.TwoCarers => random.Chance(0.9) ? "hoist" : "other_equipment",
                HeldOutTransfers.OneCarer => random.Pick(("other_equipment", 0.6), ("none", 0.3), ("hoist", 0.1)),
                HeldOutTransfers.WithEquipment => random.Chance(0.9) ? "other_equipment" : "hoist",
                _ => "none",
            },
            WeightBearing = twoCarers ? random.Chance(0.7) ? 2 : 1 : transfers == HeldOutTransfers.OneCarer ? random.Chance(0.7) ? 1 : 0 : 0,
            Falls = random.Level((p * 2.2) - 0.5 + (c > 0.5 ? 0.4 : 0), 2),
            Repositioning = p > 0.85 ? random.Chance(0.5) ? 2 : 1 : p > 0.65 && random.Chance(0.5) ? 1 : 0,
            Outdoors = random.Level(Math.Max(Math.Max((p * 2.3) - 0.3, (c * 2.2) - 0.3), reason is "sensory_visual" or "sensory_dual" ? 1 : 0), 2, 0.35),
            Memory = random.Level((c * 3.4) - 0.3, 3, 0.35),
            Diagnosis = dementia ? older ? "dementia" : "brain_injury"
                : learningDisability ? "other"
                : older ? random.Pick(("dementia", 0.35), ("none", 0.5), ("other", 0.15))
                : random.Pick(("other", 0.5), ("none", 0.5)),
            RiskAwareness = random.Level((c * 2.4) - 0.3, 2, 0.35),
            Decisions = random.Level((c * 2.3) - 0.3, 2, 0.35),
            Orientation = random.Level((c * (learningDisability ? 1.8 : 2.4)) - 0.5, 2, 0.35),
            Expressing = expressing,
            Understanding = understanding,
            CommunicationMethod = expressing == 3 ? "non_verbal"
                : reason is "sensory_hearing" or "sensory_dual" && random.Chance(0.5) ? reason == "sensory_dual" ? "aids" : "sign_language"
                : expressing == 2 && learningDisability && random.Chance(0.4) ? "aids"
                : "speech",
            NeedsInterpreter = random.Chance(reason == "social_asylum_seeker" ? 0.6 : 0.02),
            Behaviour = behaviour,
            Mood = random.Level((m * 3.2) - 0.2, 3, 0.4),
            Engagement = random.Level((m * 2.4) - 0.4 + (c * 0.5), 3, 0.4),
            MentalHealthServices = random.Chance(cohort == HeldOutCohort.MentalHealth ? 0.85 : m > 0.55 ? 0.4 : 0.05),
            NightNeed = nightNeed,
            NightsPerWeek = random.Pick((7, 0.7), (random.Next(5, 7), 0.1), (random.Next(3, 5), 0.1), (random.Next(1, 3), 0.1)),
            NightShared = setting switch
            {
                HeldOutSetting.ExtraCareHousing => random.Chance(0.7),
                HeldOutSetting.SupportedLiving => random.Chance(0.8),
                _ => false,
            },
            NightUnpaid = nightNeed == 0 || carer is null ? 0 : carer.LivesWithPerson ? random.Level(2.4 - (0.8 * carer.Sustainability), 3, 0.6) : random.Level(0.2, 3, 0.4),
            Medicines = medicines,
            MedicinesAt = medicines == 0 ? HeldOutTimes.None : new HeldOutTimes
            {
                Morning = true,
                Midday = random.Chance(0.3),
                Teatime = random.Chance(0.4),
                Bedtime = random.Chance(0.6),
            },
            MedicinesUnpaid = medicines == 0 || carer is null || staffed ? 0
                : random.Level(carer.LivesWithPerson ? 2.4 - (0.6 * carer.Sustainability) : 0.6, 3, 0.6),
            SymptomControl = random.Level((p * 2) + (older ? 0.5 : 0) - 0.6, 3),
            TubeFeeding = tubeFeeding,
            CatheterOrStoma = catheter,
            PressureCare = pressureCare,
            Breathing = breathing,
            Oxygen = breathing >= 2 && random.Chance(0.4),
            Skin = random.Level((p * 2.2) - 0.7 + (pressureCare ? 0.8 : 0), 3),
            Continence = random.Level((toilet * 0.7) - 0.4 + (catheter ? 1 : 0), 3),
            NutritionRisk = random.Level((nutrition * 0.6) - 0.7 + (tubeFeeding ? 2.5 : 0), 3),
            Consciousness = consciousness,
            FncAssessed = setting == HeldOutSetting.NursingCare && random.Chance(0.92),
            Carer = carer,
            Housemates = setting == HeldOutSetting.SupportedLiving ? random.Pick((0, 0.2), (1, 0.2), (2, 0.25), (3, 0.2), (4, 0.1), (5, 0.05)) : 0,
            CareHomeType = cohort switch
            {
                HeldOutCohort.LearningDisability => HeldOutCareHomeType.LearningDisability,
                HeldOutCohort.MentalHealth => HeldOutCareHomeType.MentalHealth,
                _ => HeldOutCareHomeType.General,
            },
            CareHomeOneToOneHours = careHome ? OneToOneHours(random, behaviour) : 0,
        };
    }

    private static HeldOutTransfers TransfersFor(double physical) => physical switch
    {
        < 0.4 => HeldOutTransfers.Independent,
        < 0.6 => HeldOutTransfers.WithEquipment,
        < 0.82 => HeldOutTransfers.OneCarer,
        _ => HeldOutTransfers.TwoCarers,
    };

    private static int NightNeed(Random random, bool learningDisability, double p, double c, double m, int risk, bool tubeFeeding)
    {
        var score = Math.Max(Math.Max(c > 0.7 ? 2.0 : c > 0.45 ? 1.0 : 0, p > 0.8 ? 2.0 : p > 0.6 ? 1.0 : 0),
            Math.Max(learningDisability && risk >= 2 ? 2 : 0, m > 0.8 || tubeFeeding ? 1 : 0));
        return random.Level(score - 0.3, 2, 0.5);
    }

    private static int LeftAlone(Random random, double c, int risk, double p, int consciousness, HeldOutSetting setting)
    {
        var score = Math.Max(Math.Max((c * 3.6) - 0.9, risk >= 2 ? 2 : 0), Math.Max(p > 0.85 ? 1 : 0, consciousness >= 2 ? 2 : 0));
        var level = random.Level(score, 3, 0.4);
        return setting == HeldOutSetting.OwnHomeAlone && level == 3 && random.Chance(0.7) ? 2 : level;
    }

    private static HeldOutTimes MealTimes(Random random)
    {
        var morning = random.Chance(0.55);
        var teatime = random.Chance(0.75);
        return new HeldOutTimes { Morning = morning, Midday = random.Chance(0.85) || (!morning && !teatime), Teatime = teatime, Bedtime = false };
    }

    private static int Medicines(Random random, HeldOutCohort cohort, bool older, double p, double c)
    {
        var chance = older ? 0.8 : cohort is HeldOutCohort.LearningDisability or HeldOutCohort.MentalHealth ? 0.7 : 0.4;
        if (!random.Chance(chance))
        {
            return 0;
        }

        var level = Math.Max(1, random.Level(0.7 + (c * 1.6) + (p * 0.6), 3, 0.5));
        return level == 3 && !random.Chance(0.4) ? 2 : level;
    }

    private static Dictionary<HeldOutArea, int> MetByCommunity(Random random, Dictionary<HeldOutArea, int> need, bool older, HeldOutSetting setting)
    {
        var met = new Dictionary<HeldOutArea, int>();
        foreach (var (area, level) in need)
        {
            if (level == 0 || area is HeldOutArea.Hygiene or HeldOutArea.Toileting or HeldOutArea.Dressing)
            {
                continue;
            }

            // Lunch clubs and meals on wheels, social clubs, work schemes and nurseries meet part of some needs.
            var mean = area switch
            {
                HeldOutArea.Nutrition => setting == HeldOutSetting.ExtraCareHousing ? 1.2 : older ? 0.2 : -0.2,
                HeldOutArea.Relationships or HeldOutArea.Community => 0.4,
                HeldOutArea.Work or HeldOutArea.ChildCare => 0.6,
                _ => -0.3,
            };
            met[area] = random.Level(mean, 3, 0.6);
        }

        return met;
    }

    private static Dictionary<HeldOutArea, int> UnpaidShares(Random random, Dictionary<HeldOutArea, int> need, HeldOutCarer? carer, bool staffed)
    {
        var shares = new Dictionary<HeldOutArea, int>();
        if (carer is null)
        {
            return shares;
        }

        foreach (var (area, level) in need)
        {
            if (level == 0)
            {
                continue;
            }

            // Family living in do most of the meals, housework and keeping an eye; visiting family shop, clean and
            // keep in touch; in staffed settings family keep up relationships and outings only.
            var mean = staffed
                ? area is HeldOutArea.Relationships ? 1.6 : area is HeldOutArea.Community ? 0.5 : -1
                : carer.LivesWithPerson
                    ? area switch
                    {
                        HeldOutArea.Hygiene or HeldOutArea.Toileting or HeldOutArea.Dressing => carer.Relationship == "adult_child" ? 1.4 : 1.9,
                        HeldOutArea.Nutrition => 2.4,
                        HeldOutArea.HomeEnvironment => 2.7,
                        HeldOutArea.HomeSafety => 2.2,
                        HeldOutArea.Relationships => 2.0,
                        HeldOutArea.Community => 1.2,
                        _ => 1.2,
                    }
                    : area switch
                    {
                        HeldOutArea.Hygiene or HeldOutArea.Toileting or HeldOutArea.Dressing => 0.2,
                        HeldOutArea.Nutrition => 1.0,
                        HeldOutArea.HomeEnvironment => 1.6,
                        HeldOutArea.HomeSafety => 0.4,
                        HeldOutArea.Relationships => 1.8,
                        _ => 1.0,
                    };
            shares[area] = random.Level(mean - (staffed ? 0 : 0.5 * carer.Sustainability) - (carer.Willingness == 2 ? 1.5 : 0), 3, 0.7);
        }

        return shares;
    }

    private static int OneToOneHours(Random random, HeldOutBehaviour? behaviour) => behaviour switch
    {
        // One-to-one hours on top of a care home fee are agreed only for the most complex people.
        { Risk: 3 } => random.Pick((14, 0.3), (21, 0.3), (28, 0.2), (42, 0.2)),
        { Risk: 2, Frequency: >= 2, Predictable: false } => random.Pick((7, 0.4), (14, 0.4), (21, 0.2)),
        _ => 0,
    };
}
