using static Formulate.Tests.Accuracy.Practice.Draw;

namespace Formulate.Tests.Accuracy.Practice;

/// <summary>
/// What a practitioner would record about a person, question by question, including the judgement calls on which two
/// practitioners would differ: a level of need one step either side of the truth now and then (more often in the middle
/// of the scale, where "some" and "most" meet), and the carer's sustainability read differently once in a while.
/// </summary>
public static class PractitionerView
{
    private static readonly string[] Levels = ["none", "prompting", "some", "most", "all"];

    public static IReadOnlyDictionary<string, string> Of(PracticePerson person, Random random)
    {
        var view = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["person.eligibility_decided"] = "yes",
            ["person.age_band"] = person.AgeBand,
            ["person.primary_support_reason"] = person.SupportReason,
            ["person.living_situation"] = LivingSituation(person.Setting),
            ["person.lives_with"] = person.Carer?.Relationship ?? "other_relative",
            ["person.has_unpaid_carer"] = person.Carer is null ? "no" : "yes",
            ["supported_living.sharing"] = person.Housemates switch { 0 => "alone", 1 => "shared_with_1", 2 => "shared_with_2", _ => "shared_with_3_plus" },
        };

        string Judged(int level) => Levels[Math.Clamp(level + Noise(random, level), 0, 4)];
        var carer = person.Carer;
        var sustainable = carer is null ? "yes" : JudgedStrain(random, carer.Strain);

        void Area(string area, int level, string unpaid)
        {
            view[$"{area}.need"] = Judged(level);
            view[$"{area}.met_by_community"] = "none";
            view[$"{area}.unpaid"] = unpaid;
            view[$"{area}.unpaid_sustainable"] = sustainable;
        }

        // Unpaid support as the family actually gives it, area by area: what the planner then leaves to them.
        var atHome = carer is { LivesWithPerson: true };
        var familyDoesPersonalCare = carer is { LivesWithPerson: true, Share: >= 2 } && person.PersonalCare < 3;
        var personalCare = familyDoesPersonalCare ? "all" : carer is { LivesWithPerson: true, Share: >= 1 } ? "some" : "none";
        var meals = carer is { LivesWithPerson: true, Share: >= 1 } ? "all" : carer is { Share: >= 1 } && person.Meals < 3 ? "some" : "none";
        Area("hygiene", person.Washing, personalCare);
        Area("toileting", person.Toileting, familyDoesPersonalCare ? "all" : carer is { LivesWithPerson: true, Share: >= 1 } ? "most" : "none");
        Area("dressing", person.Dressing, personalCare);
        Area("nutrition", person.Meals, meals);
        Area("home_safety", person.Safety, atHome ? "all" : "none");
        Area("home_environment", person.Household, atHome ? "all" : "none");
        Area("relationships", Math.Max(0, person.Community - 1), "none");
        Area("community", person.Community, carer is { LivesWithPerson: true, Share: >= 2 } ? "some" : "none");
        Area("work", person.Work == 0 ? 0 : Math.Max(1, person.Cognition), "none");

        view["personal_care.morning"] = YesNo(person.Washing >= 1 || person.Dressing >= 1);
        view["personal_care.midday"] = YesNo(person.Toileting >= 2);
        view["personal_care.evening"] = YesNo(person.Toileting >= 2);
        view["personal_care.bedtime"] = YesNo(person.Dressing >= 2 || person.Toileting >= 2);
        view["nutrition.morning"] = YesNo(person.Meals >= 2);
        view["nutrition.midday"] = YesNo(person.Meals >= 1);
        view["nutrition.evening"] = YesNo(person.Meals >= 2);
        view["nutrition.support_type"] = person.AssistToEat ? "assist_to_eat" : person.Meals >= 3 ? "prepare_and_assist" : "prepare_only";
        view["nutrition.time_to_eat"] = person.Cognition >= 3 ? "30_plus" : "under_30";
        view["home_safety.others_present"] = carer is null ? "none" : carer.LivesWithPerson ? "most" : "some";
        view["home_safety.left_alone"] = person.Safety switch { <= 1 => "all_day", 2 => "several_hours", 3 => "an_hour", _ => "not_at_all" };
        view["home_environment.laundry"] = YesNo(person.Household >= 2);
        view["home_environment.shopping"] = YesNo(person.Household >= 2);
        view["community.support_preference"] = person.PrefersGroups ? "group_sessions" : "one_to_one";
        view["work.activity"] = person.SupportReason == "learning_disability" ? "volunteering" : "paid_work";
        view["community.days_per_week"] = Days(person.Community - 1 + (person.SupportReason == "learning_disability" ? 1 : 0));
        view["community.carer_break"] = YesNo(carer is { LivesWithPerson: true } && carer.Strain != CarerStrain.Sustainable && person.Cognition >= 2);
        view["work.days_per_week"] = Days(person.Work switch { <= 1 => 1, 2 => 2, _ => 4 });
        view["support.arrangement"] = "agency";
        view["needs.fluctuate"] = person.SupportReason == "mental_health" ? "sometimes" : "no";
        view["care_home.type"] = person.Setting == Setting.NursingCare ? "general" : person.SupportReason switch
        {
            "learning_disability" => "learning_disability",
            "mental_health" => "mental_health",
            _ => "general",
        };
        view["child_care.has_children"] = "no";

        Mobility(person, view);
        Mind(person, random, view);
        Night(person, view, sustainable);
        Medicines(person, view, atHome ? "all" : "none", sustainable);
        view["care_home.one_to_one"] = person.Behaviour == 3 ? "15_to_35" : person.Behaviour == 2 && person.Safety == 4 ? "up_to_14" : "none";
        view["health.tasks"] = YesNo(person.Setting == Setting.NursingCare);
        view["health.any_needs"] = YesNo(person.Setting == Setting.NursingCare);
        view["health.fnc_assessed"] = "yes";

        if (carer is not null)
        {
            view["carer.relationship"] = carer.Relationship;
            view["carer.age_band"] = carer.AgeBand;
            view["carer.lives_with_person"] = YesNo(carer.LivesWithPerson);
            view["carer.hours_per_week"] = carer.HoursBand switch { 0 => "under_20", 1 => "20_49", _ => "50_plus" };
            view["carer.health"] = carer.Strain switch { CarerStrain.Sustainable => "good", CarerStrain.AtRisk => "some_problems", _ => "poor" };
            view["carer.sustainability"] = sustainable switch { "yes" => "sustainable", "at_risk" => "at_risk", _ => "not_sustainable" };
            view["carer.willing"] = carer.Share switch { 0 => "no", 1 => "with_limits", _ => "yes" };
            view["carer.own_needs"] = carer.Strain switch { CarerStrain.Sustainable => "none", CarerStrain.AtRisk => "some", _ => "eligible" };
            view["carer.breaks_needed"] = sustainable switch { "yes" => carer.HoursBand == 2 ? "occasional" : "none", "at_risk" => "regular", _ => "frequent" };
            view["carer.assessment"] = "completed";
            view["carer.works"] = YesNo(carer.Works);
        }

        return view;
    }

    private static void Mobility(PracticePerson person, Dictionary<string, string> view)
    {
        view["mobility.walking"] = person.Transfers switch
        {
            Transfers.Independent => "independent",
            Transfers.WithEquipment => "with_aid",
            Transfers.OneCarer => "with_help",
            _ => "unable",
        };
        view["mobility.transfers"] = person.Transfers switch
        {
            Transfers.Independent => "independent",
            Transfers.WithEquipment => "with_equipment",
            Transfers.OneCarer => "one_carer",
            _ => "two_carers",
        };
        view["mobility.two_carers_scope"] = "all_transfers";
        view["mobility.equipment"] = person.UsesHoist ? "hoist" : person.Transfers == Transfers.Independent ? "none" : "other_equipment";
        view["mobility.weight_bearing"] = person.Transfers switch { Transfers.TwoCarers => "cannot", Transfers.OneCarer => "partially", _ => "fully" };
        view["mobility.can_assist"] = "no";
        view["mobility.falls"] = person.Transfers >= Transfers.WithEquipment ? "occasional" : "none";
        view["mobility.falls_risk"] = person.Transfers >= Transfers.OneCarer ? "moderate" : "low";
        view["mobility.repositioning"] = person.Transfers == Transfers.TwoCarers ? "full_help" : "none";
        view["mobility.outdoors"] = person.Transfers >= Transfers.OneCarer || person.Cognition >= 2 ? "with_someone" : "independent";
    }

    private static void Mind(PracticePerson person, Random random, Dictionary<string, string> view)
    {
        string[] memory = ["no_concerns", "some_forgetfulness", "significant", "severe"];
        view["cognition.memory"] = memory[Math.Clamp(person.Cognition + (Chance(random, 0.1) ? (Chance(random, 0.5) ? 1 : -1) : 0), 0, 3)];
        view["cognition.diagnosis"] = person.SupportReason switch { "memory_cognition" => "dementia", "learning_disability" => "other", _ => person.Cognition >= 2 ? "dementia" : "none" };
        view["cognition.risk_awareness"] = person.Cognition switch { <= 1 => "aware", 2 => "limited", _ => "none" };
        view["cognition.decisions"] = person.Cognition switch { <= 1 => "independent", 2 => "with_support", _ => "unable" };
        view["cognition.orientation"] = person.Cognition switch { <= 1 => "oriented", 2 => "sometimes_disoriented", _ => "usually_disoriented" };
        var speech = person.SupportReason == "learning_disability" ? Math.Min(3, person.Cognition) : Math.Max(0, person.Cognition - 1);
        string[] difficulty = ["no_difficulty", "some_difficulty", "significant_difficulty", "unable"];
        view["communication.expressing"] = difficulty[speech];
        view["communication.understanding"] = difficulty[speech];
        view["communication.reliability"] = "sometimes";
        view["communication.method"] = speech >= 3 ? "non_verbal" : "speech";
        view["communication.interpreter"] = "no";
        view["behaviour.present"] = YesNo(person.Behaviour >= 1);
        view["behaviour.type"] = person.SupportReason switch { "memory_cognition" => "wandering", "mental_health" => "self_neglect", _ => "physical_to_others" };
        view["behaviour.frequency"] = person.Behaviour switch { <= 1 => "monthly_or_less", 2 => "weekly", _ => "daily" };
        view["behaviour.risk"] = person.Behaviour switch { <= 1 => "low", 2 => "moderate", _ => "high" };
        view["behaviour.support_plan"] = YesNo(person.Behaviour >= 2);
        view["behaviour.predictable"] = YesNo(person.Behaviour <= 2);
        view["emotional.wellbeing"] = person.SupportReason == "mental_health" ? "affects_daily_life" : "settled";
        view["emotional.distress_response"] = "no";
        view["emotional.engagement"] = person.Community >= 3 ? "needs_prompting" : "engages";
        view["emotional.services"] = YesNo(person.SupportReason == "mental_health");
    }

    private static void Night(PracticePerson person, Dictionary<string, string> view, string sustainable)
    {
        view["night.need"] = person.Night switch
        {
            NightNeed.None => "none",
            NightNeed.Occasional => "occasional",
            NightNeed.SleepIn => "regular",
            _ => "continuous",
        };
        view["night.support_type"] = person.Night == NightNeed.WakingNight ? "waking_night" : "sleep_in";
        view["night.nights_per_week"] = "7";
        view["night.shared"] = YesNo(person.Setting == Setting.SupportedLiving && person.Housemates > 0);
        view["night.unpaid"] = person.Carer is { LivesWithPerson: true } carer ? (carer.Strain == CarerStrain.NotSustainable ? "most" : "all") : "none";
        view["night.unpaid_sustainable"] = sustainable;
    }

    private static void Medicines(PracticePerson person, Dictionary<string, string> view, string unpaid, string sustainable)
    {
        view["medication.support"] = person.Medication switch
        {
            MedicationSupport.None => "none",
            MedicationSupport.Prompting => "prompting",
            MedicationSupport.Administering => "administering",
            _ => "complex",
        };
        // Doses in the order a day's calls take them: once a day in the morning, twice morning and evening, and so on.
        view["medication.morning"] = YesNo(person.MedicationTimes >= 1);
        view["medication.evening"] = YesNo(person.MedicationTimes >= 2);
        view["medication.midday"] = YesNo(person.MedicationTimes >= 3);
        view["medication.bedtime"] = YesNo(person.MedicationTimes >= 4);
        view["medication.unpaid"] = person.Medication == MedicationSupport.Complex ? "none" : unpaid;
        view["medication.unpaid_sustainable"] = sustainable;
        view["medication.symptom_control"] = person.Medication == MedicationSupport.Complex ? "needs_monitoring" : "stable";
        view["medication.administration_reason"] = person.Medication == MedicationSupport.Complex ? "trained_monitoring" : "routine";
    }

    /// <summary>One step either way now and then; more often in the middle of the scale, where the steps are judgement calls.</summary>
    private static int Noise(Random random, int level) =>
        Chance(random, level is 2 or 3 ? 0.2 : 0.08) ? (Chance(random, 0.5) ? 1 : -1) : 0;

    private static string JudgedStrain(Random random, CarerStrain strain)
    {
        var judged = Chance(random, 0.12) ? Math.Clamp((int)strain + (Chance(random, 0.5) ? 1 : -1), 0, 2) : (int)strain;
        return judged switch { 0 => "yes", 1 => "at_risk", _ => "no" };
    }

    private static string Days(int days) => Math.Clamp(days, 1, 5).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string LivingSituation(Setting setting) => setting switch
    {
        Setting.OwnHomeAlone => "own_home_alone",
        Setting.OwnHomeWithFamily => "own_home_with_family",
        Setting.ExtraCareHousing => "extra_care_housing",
        Setting.SupportedLiving => "supported_living",
        Setting.SharedLives => "shared_lives",
        Setting.ResidentialCare => "residential_care",
        _ => "nursing_care",
    };
}
