using System.Globalization;

namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>
/// What a practitioner records for a person on the 2026.1 Needs Profile: faithful to the person, but now and then a
/// step out on a graded answer, as two practitioners assessing the same person disagree (inter-rater reliability of
/// needs scales is good but not perfect).
/// </summary>
public static class HeldOutRecording
{
    private const double StepOut = 0.07;

    private static readonly string[] Levels = ["none", "prompting", "some", "most", "all"];
    private static readonly string[] Shares = ["none", "some", "most", "all"];
    private static readonly string[] Sustainable = ["yes", "at_risk", "no"];

    private static readonly (HeldOutArea Area, string Prefix)[] Areas =
    [
        (HeldOutArea.Hygiene, "hygiene"), (HeldOutArea.Toileting, "toileting"), (HeldOutArea.Dressing, "dressing"), (HeldOutArea.Nutrition, "nutrition"),
        (HeldOutArea.HomeSafety, "home_safety"), (HeldOutArea.HomeEnvironment, "home_environment"), (HeldOutArea.Relationships, "relationships"),
        (HeldOutArea.Community, "community"), (HeldOutArea.Work, "work"), (HeldOutArea.ChildCare, "child_care"),
    ];

    /// <summary>Answer codes by question id; questions the set would not ask are answered too and dropped when the profile is recorded.</summary>
    public static IReadOnlyDictionary<string, string> View(HeldOutPerson person, Random random)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(random);
        var carer = person.Carer;
        var view = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["person.eligibility_decided"] = "yes",
            ["person.age_band"] = person.AgeBand,
            ["person.primary_support_reason"] = person.PrimarySupportReason,
            ["person.living_situation"] = SettingCode(person.Setting),
            ["person.lives_with"] = person.LivesWith,
            ["person.has_unpaid_carer"] = YesNo(carer is not null),
            ["supported_living.sharing"] = person.Housemates switch { 0 => "alone", 1 => "shared_with_1", 2 => "shared_with_2", _ => "shared_with_3_plus" },
            ["support.arrangement"] = person.Arrangement switch
            {
                HeldOutArrangement.Agency => "agency",
                HeldOutArrangement.DirectPaymentAgency => "direct_payment_agency",
                _ => "direct_payment_personal_assistant",
            },
            ["needs.fluctuate"] = new[] { "no", "sometimes", "often" }[person.Fluctuation],
            ["care_home.one_to_one"] = person.CareHomeOneToOneHours switch { 0 => "none", <= 14 => "up_to_14", <= 35 => "15_to_35", _ => "over_35" },
            ["care_home.type"] = person.CareHomeType switch
            {
                HeldOutCareHomeType.LearningDisability => "learning_disability",
                HeldOutCareHomeType.MentalHealth => "mental_health",
                _ => "general",
            },
        };

        foreach (var (area, prefix) in Areas)
        {
            view[$"{prefix}.need"] = Levels[Noisy(random, person.Level(area), 4)];
            if (area is not (HeldOutArea.Hygiene or HeldOutArea.Toileting or HeldOutArea.Dressing))
            {
                // Personal care is never met by community resources; the set does not ask.
                view[$"{prefix}.met_by_community"] = Shares[Noisy(random, person.Community(area), 3)];
            }

            view[$"{prefix}.unpaid"] = Shares[Noisy(random, person.UnpaidShare(area), 3)];
            view[$"{prefix}.unpaid_sustainable"] = Sustainable[Noisy(random, carer?.Sustainability ?? 0, 2)];
        }

        Times(view, "personal_care", person.PersonalCareAt, random, bedtime: true);
        Times(view, "nutrition", person.MealsAt, random, bedtime: false);
        view["nutrition.support_type"] = person.MealHelp switch
        {
            HeldOutMealHelp.PrepareOnly => "prepare_only",
            HeldOutMealHelp.PrepareAndAssist => "prepare_and_assist",
            _ => "assist_to_eat",
        };
        view["home_safety.left_alone"] = new[] { "all_day", "several_hours", "an_hour", "not_at_all" }[Noisy(random, person.LeftAlone, 3)];
        view["home_safety.others_present"] = Shares[person.OthersPresent];
        view["home_environment.laundry"] = YesNo(person.Laundry);
        view["home_environment.shopping"] = YesNo(person.Shopping);
        view["community.support_preference"] = person.PrefersGroup ? "group_sessions" : "one_to_one";
        view["community.days_per_week"] = (Noisy(random, Math.Clamp(person.CommunityDays, 1, 5) - 1, 4) + 1).ToString(CultureInfo.InvariantCulture);
        view["community.carer_break"] = YesNo(person.CommunityIsCarerBreak);
        view["work.activity"] = person.WorkActivity;
        view["work.days_per_week"] = Math.Clamp(person.WorkDays, 1, 5).ToString(CultureInfo.InvariantCulture);
        view["child_care.has_children"] = YesNo(person.HasChildren);
        view["child_care.children_age"] = person.YoungestChild;
        Mobility(view, person, random);
        Mind(view, person, random);
        Night(view, person, random);
        Health(view, person, random);
        Carer(view, carer, random);
        return view;
    }

    public static string SettingCode(HeldOutSetting setting) => setting switch
    {
        HeldOutSetting.OwnHomeAlone => "own_home_alone",
        HeldOutSetting.OwnHomeWithFamily => "own_home_with_family",
        HeldOutSetting.ExtraCareHousing => "extra_care_housing",
        HeldOutSetting.SupportedLiving => "supported_living",
        HeldOutSetting.SharedLives => "shared_lives",
        HeldOutSetting.ResidentialCare => "residential_care",
        _ => "nursing_care",
    };

    private static void Mobility(Dictionary<string, string> view, HeldOutPerson person, Random random)
    {
        view["mobility.walking"] = new[] { "independent", "with_aid", "with_help", "unable" }[Noisy(random, person.Walking, 3)];
        view["mobility.transfers"] = person.Transfers switch
        {
            HeldOutTransfers.Independent => "independent",
            HeldOutTransfers.WithEquipment => "with_equipment",
            HeldOutTransfers.OneCarer => "one_carer",
            _ => "two_carers",
        };
        view["mobility.two_carers_scope"] = person.TwoCarersEveryTransfer ? "all_transfers" : "some_transfers";
        view["mobility.equipment"] = person.TransferEquipment;
        view["mobility.weight_bearing"] = new[] { "fully", "partially", "cannot" }[person.WeightBearing];
        view["mobility.falls"] = new[] { "none", "occasional", "frequent" }[person.Falls];
        view["mobility.repositioning"] = new[] { "none", "some_help", "full_help" }[person.Repositioning];
        view["mobility.outdoors"] = new[] { "independent", "with_someone", "cannot_go_out" }[Noisy(random, person.Outdoors, 2)];
    }

    private static void Mind(Dictionary<string, string> view, HeldOutPerson person, Random random)
    {
        view["cognition.memory"] = new[] { "no_concerns", "some_forgetfulness", "significant", "severe" }[Noisy(random, person.Memory, 3)];
        view["cognition.diagnosis"] = person.Diagnosis;
        view["cognition.risk_awareness"] = new[] { "aware", "limited", "none" }[Noisy(random, person.RiskAwareness, 2)];
        view["cognition.decisions"] = new[] { "independent", "with_support", "unable" }[Noisy(random, person.Decisions, 2)];
        view["cognition.orientation"] = new[] { "oriented", "sometimes_disoriented", "usually_disoriented" }[Noisy(random, person.Orientation, 2)];
        string[] difficulty = ["no_difficulty", "some_difficulty", "significant_difficulty", "unable"];
        view["communication.expressing"] = difficulty[Noisy(random, person.Expressing, 3)];
        view["communication.understanding"] = difficulty[Noisy(random, person.Understanding, 3)];
        view["communication.method"] = person.CommunicationMethod;
        view["communication.interpreter"] = YesNo(person.NeedsInterpreter);
        var behaviour = person.Behaviour;
        view["behaviour.present"] = YesNo(behaviour is not null);
        if (behaviour is not null)
        {
            view["behaviour.type"] = behaviour.Kind;
            view["behaviour.frequency"] = new[] { "monthly_or_less", "weekly", "daily", "several_daily" }[Noisy(random, behaviour.Frequency, 3)];
            view["behaviour.risk"] = new[] { "low", "moderate", "high", "severe" }[Noisy(random, behaviour.Risk, 3)];
            view["behaviour.support_plan"] = YesNo(behaviour.HasSupportPlan);
            view["behaviour.predictable"] = YesNo(behaviour.Predictable);
        }

        view["emotional.wellbeing"] = new[] { "settled", "occasional_low_mood", "affects_daily_life", "severe_distress" }[Noisy(random, person.Mood, 3)];
        view["emotional.engagement"] = new[] { "engages", "needs_prompting", "withdrawn", "withdrawn_from_all" }[Noisy(random, person.Engagement, 3)];
        view["emotional.services"] = YesNo(person.MentalHealthServices);
    }

    private static void Night(Dictionary<string, string> view, HeldOutPerson person, Random random)
    {
        view["night.need"] = new[] { "none", "occasional", "regular", "continuous" }[Noisy(random, person.NightNeed, 3)];
        view["night.support_type"] = person.NightNeed == 3 ? "waking_night" : "sleep_in";
        view["night.nights_per_week"] = person.NightsPerWeek switch { <= 2 => "1_2", <= 4 => "3_4", <= 6 => "5_6", _ => "7" };
        view["night.shared"] = YesNo(person.NightShared);
        view["night.unpaid"] = Shares[Noisy(random, person.NightUnpaid, 3)];
        view["night.unpaid_sustainable"] = Sustainable[Noisy(random, person.Carer?.Sustainability ?? 0, 2)];
    }

    private static void Health(Dictionary<string, string> view, HeldOutPerson person, Random random)
    {
        view["medication.support"] = new[] { "none", "prompting", "administering", "complex" }[Noisy(random, person.Medicines, 3)];
        view["medication.unpaid"] = Shares[Noisy(random, person.MedicinesUnpaid, 3)];
        view["medication.unpaid_sustainable"] = Sustainable[Noisy(random, person.Carer?.Sustainability ?? 0, 2)];
        var medicines = person.Medicines == 0 ? new HeldOutTimes { Morning = true, Midday = false, Teatime = false, Bedtime = false } : person.MedicinesAt;
        Times(view, "medication", medicines, random, bedtime: true);
        view["medication.symptom_control"] = new[] { "no_needs", "stable", "needs_monitoring", "unstable" }[Noisy(random, person.SymptomControl, 3)];
        var tasks = person.TubeFeeding || person.CatheterOrStoma || person.PressureCare;
        view["health.tasks"] = YesNo(tasks);
        view["health.peg_feeding"] = YesNo(person.TubeFeeding);
        view["health.catheter_stoma"] = YesNo(person.CatheterOrStoma);
        view["health.pressure_care"] = YesNo(person.PressureCare);
        var any = person.Breathing > 0 || person.Skin > 0 || person.Continence > 0 || person.NutritionRisk > 0 || person.Consciousness > 0;
        view["health.any_needs"] = YesNo(any);
        view["health.breathing"] = new[] { "normal", "managed", "needs_help", "episodes_intervention" }[person.Breathing];
        view["health.oxygen"] = YesNo(person.Oxygen);
        view["health.skin"] = new[] { "intact", "at_risk", "minor_damage", "open_wound" }[person.Skin];
        view["health.continence"] = new[] { "continent", "occasional", "managed", "complications" }[person.Continence];
        view["health.nutrition_risk"] = new[] { "well_nourished", "needs_support", "weight_loss_or_swallowing", "feeding_device_problems" }[person.NutritionRisk];
        view["health.consciousness"] = new[] { "none", "occasional_low_risk", "needs_supervision", "frequent_risk_of_harm" }[person.Consciousness];
        view["health.fnc_assessed"] = YesNo(person.FncAssessed);
    }

    private static void Carer(Dictionary<string, string> view, HeldOutCarer? carer, Random random)
    {
        if (carer is null)
        {
            return;
        }

        view["carer.relationship"] = carer.Relationship;
        view["carer.age_band"] = carer.AgeBand;
        view["carer.lives_with_person"] = YesNo(carer.LivesWithPerson);
        view["carer.hours_per_week"] = carer.HoursBand;
        view["carer.health"] = new[] { "good", "some_problems", "poor" }[carer.Health];
        view["carer.sustainability"] = new[] { "sustainable", "at_risk", "not_sustainable" }[Noisy(random, carer.Sustainability, 2)];
        view["carer.willing"] = new[] { "yes", "with_limits", "no" }[carer.Willingness];
        view["carer.own_needs"] = new[] { "none", "some", "eligible" }[carer.OwnNeeds];
        view["carer.breaks_needed"] = new[] { "none", "occasional", "regular", "frequent" }[Noisy(random, carer.BreakNeed, 3)];
        view["carer.assessment"] = carer.Assessment;
        view["carer.works"] = YesNo(carer.Works);
    }

    private static void Times(Dictionary<string, string> view, string prefix, HeldOutTimes times, Random random, bool bedtime)
    {
        view[$"{prefix}.morning"] = YesNo(Flip(random, times.Morning));
        view[$"{prefix}.midday"] = YesNo(Flip(random, times.Midday));
        view[$"{prefix}.evening"] = YesNo(Flip(random, times.Teatime));
        if (bedtime)
        {
            view[$"{prefix}.bedtime"] = YesNo(Flip(random, times.Bedtime));
        }
    }

    /// <summary>A graded answer, now and then a step higher or lower than the truth.</summary>
    private static int Noisy(Random random, int level, int max)
    {
        if (!random.Chance(StepOut))
        {
            return level;
        }

        var step = random.Chance(0.5) ? 1 : -1;
        return Math.Clamp(level + step, 0, max);
    }

    /// <summary>A time of day, now and then recorded wrongly.</summary>
    private static bool Flip(Random random, bool value) => random.Chance(0.03) ? !value : value;

    private static string YesNo(bool value) => value ? "yes" : "no";
}
