using Formulate.Engine.Defaults;
using Formulate.Engine.Profiles;

namespace Formulate.Tests.Engine.CareAsPlanned;

/// <summary>The profiles of the worked cases in docs/worked-cases-2026.md, on question set 2026.1.</summary>
public static class PlannedProfiles
{
    public static Formulate.Engine.FormulateEngine Engine { get; } = new(DefaultDefinitions.CareAsPlanned);

    /// <summary>Every worked case, by its name in docs/worked-cases-2026.md.</summary>
    public static IReadOnlyList<(string Name, Func<NeedsProfile> Profile)> All { get; } =
        [("pc01", Pc01), ("pc02", Pc02), ("sl01", Sl01), ("ec01", Ec01), ("sh01", Sh01), ("rc01", Rc01), ("nc01", Nc01), ("ld01", Ld01)];

    public static ProfileBuilder Builder() => new(DefaultDefinitions.CareAsPlanned.Questions);

    public static NeedsProfile Pc01() => Builder()
        .With("person.age_band", "85_plus").With("person.primary_support_reason", "physical_personal_care")
        .With("person.living_situation", "own_home_alone").With("person.has_unpaid_carer", "no").With("support.arrangement", "agency")
        .With("hygiene.need", "some").With("toileting.need", "prompting").With("dressing.need", "some")
        .With("mobility.transfers", "with_equipment").With("mobility.equipment", "other_equipment")
        .With("personal_care.morning", "yes").With("personal_care.evening", "yes").With("personal_care.bedtime", "yes")
        .With("nutrition.need", "prompting").With("nutrition.support_type", "prepare_only").With("nutrition.midday", "yes").With("nutrition.evening", "yes")
        .With("medication.support", "prompting").With("medication.morning", "yes").With("medication.bedtime", "yes")
        .With("home_environment.need", "some").With("home_environment.shopping", "yes")
        .Build();

    public static NeedsProfile Pc02() => Builder()
        .With("person.age_band", "65_74").With("person.primary_support_reason", "physical_personal_care")
        .With("person.living_situation", "own_home_with_family").With("person.lives_with", "partner").With("person.has_unpaid_carer", "yes")
        .With("support.arrangement", "direct_payment_personal_assistant")
        .With("hygiene.need", "all").With("toileting.need", "most").With("toileting.unpaid", "some").With("toileting.unpaid_sustainable", "yes")
        .With("dressing.need", "all")
        .With("mobility.transfers", "two_carers").With("mobility.two_carers_scope", "some_transfers").With("mobility.equipment", "hoist")
        .With("personal_care.morning", "yes").With("personal_care.midday", "yes").With("personal_care.evening", "yes").With("personal_care.bedtime", "yes")
        .With("home_safety.need", "some").With("home_safety.left_alone", "an_hour").With("home_safety.others_present", "some")
        .With("carer.relationship", "partner").With("carer.sustainability", "sustainable").With("carer.willing", "yes").With("carer.breaks_needed", "regular")
        .Build();

    public static NeedsProfile Sl01() => Builder()
        .With("person.age_band", "25_64").With("person.primary_support_reason", "learning_disability")
        .With("person.living_situation", "supported_living").With("supported_living.sharing", "shared_with_2").With("person.has_unpaid_carer", "no")
        .With("hygiene.need", "prompting").With("dressing.need", "prompting").With("cognition.memory", "some_forgetfulness")
        .With("personal_care.morning", "yes")
        .With("nutrition.need", "some").With("nutrition.support_type", "prepare_and_assist").With("nutrition.midday", "yes").With("nutrition.evening", "yes")
        .With("medication.support", "administering").With("medication.morning", "yes")
        .With("home_safety.need", "some").With("home_safety.left_alone", "an_hour")
        .With("behaviour.present", "yes").With("behaviour.type", "verbal").With("behaviour.frequency", "weekly").With("behaviour.risk", "moderate")
        .With("behaviour.predictable", "no").With("behaviour.support_plan", "yes")
        .With("home_environment.need", "most").With("home_environment.laundry", "yes").With("home_environment.shopping", "yes")
        .With("relationships.need", "prompting")
        .With("community.need", "some").With("community.support_preference", "group_sessions").With("community.days_per_week", "3")
        .With("night.need", "regular").With("night.support_type", "sleep_in").With("night.nights_per_week", "7").With("night.shared", "yes")
        .Build();

    public static NeedsProfile Ec01() => Builder()
        .With("person.age_band", "75_84").With("person.primary_support_reason", "physical_personal_care")
        .With("person.living_situation", "extra_care_housing").With("person.has_unpaid_carer", "no")
        .With("hygiene.need", "most").With("toileting.need", "some").With("dressing.need", "most")
        .With("cognition.memory", "significant").With("mobility.transfers", "one_carer").With("mobility.equipment", "other_equipment")
        .With("personal_care.morning", "yes").With("personal_care.midday", "yes").With("personal_care.bedtime", "yes")
        .With("nutrition.need", "some").With("nutrition.support_type", "prepare_only")
        .With("nutrition.morning", "yes").With("nutrition.midday", "yes").With("nutrition.evening", "yes")
        .With("medication.support", "administering").With("medication.morning", "yes").With("medication.evening", "yes")
        .With("home_safety.need", "prompting").With("home_safety.left_alone", "several_hours")
        .With("home_environment.need", "some").With("home_environment.laundry", "yes")
        .With("night.need", "occasional")
        .Build();

    public static NeedsProfile Sh01() => Builder()
        .With("person.age_band", "18_24").With("person.primary_support_reason", "learning_disability")
        .With("person.living_situation", "shared_lives").With("person.has_unpaid_carer", "no")
        .With("hygiene.need", "prompting").With("dressing.need", "prompting").With("personal_care.morning", "yes")
        .With("nutrition.need", "prompting").With("nutrition.support_type", "prepare_only").With("nutrition.midday", "yes").With("nutrition.evening", "yes")
        .With("medication.support", "prompting").With("medication.morning", "yes")
        .With("home_safety.need", "some").With("home_safety.left_alone", "several_hours")
        .With("home_environment.need", "some").With("home_environment.laundry", "yes").With("home_environment.shopping", "yes")
        .With("community.need", "prompting").With("community.support_preference", "one_to_one").With("community.days_per_week", "2")
        .With("night.need", "regular").With("night.support_type", "waking_night").With("night.nights_per_week", "3_4")
        .Build();

    public static NeedsProfile Rc01() => Builder()
        .With("person.age_band", "85_plus").With("person.primary_support_reason", "memory_cognition")
        .With("person.living_situation", "residential_care").With("person.has_unpaid_carer", "no").With("care_home.type", "general")
        .With("hygiene.need", "most").With("toileting.need", "most").With("dressing.need", "most")
        .With("cognition.memory", "severe").With("cognition.diagnosis", "dementia").With("mobility.transfers", "one_carer").With("mobility.equipment", "other_equipment")
        .With("personal_care.morning", "yes").With("personal_care.midday", "yes").With("personal_care.evening", "yes").With("personal_care.bedtime", "yes")
        .With("nutrition.need", "some").With("nutrition.support_type", "prepare_and_assist")
        .With("nutrition.morning", "yes").With("nutrition.midday", "yes").With("nutrition.evening", "yes")
        .With("medication.support", "administering").With("medication.morning", "yes").With("medication.evening", "yes")
        .With("home_safety.need", "most").With("home_safety.left_alone", "not_at_all")
        .With("behaviour.present", "yes").With("behaviour.type", "wandering").With("behaviour.frequency", "daily").With("behaviour.risk", "moderate")
        .With("behaviour.predictable", "yes").With("behaviour.support_plan", "yes")
        .With("night.need", "occasional")
        .Build();

    public static NeedsProfile Nc01() => Builder()
        .With("person.age_band", "75_84").With("person.primary_support_reason", "physical_personal_care")
        .With("person.living_situation", "nursing_care").With("person.has_unpaid_carer", "no").With("care_home.type", "general")
        .With("hygiene.need", "some").With("toileting.need", "some").With("dressing.need", "some")
        .With("mobility.transfers", "two_carers").With("mobility.two_carers_scope", "all_transfers").With("mobility.equipment", "hoist")
        .With("personal_care.morning", "yes").With("personal_care.bedtime", "yes")
        .With("medication.support", "prompting").With("medication.morning", "yes")
        .With("health.fnc_assessed", "yes")
        .Build();

    public static NeedsProfile Ld01() => Builder()
        .With("person.age_band", "25_64").With("person.primary_support_reason", "learning_disability")
        .With("person.living_situation", "residential_care").With("person.has_unpaid_carer", "no")
        .With("care_home.type", "learning_disability").With("care_home.one_to_one", "up_to_14")
        .With("hygiene.need", "prompting").With("toileting.need", "prompting").With("dressing.need", "prompting").With("cognition.memory", "some_forgetfulness")
        .With("personal_care.morning", "yes").With("personal_care.bedtime", "yes")
        .With("nutrition.need", "prompting").With("nutrition.support_type", "prepare_only").With("nutrition.midday", "yes").With("nutrition.evening", "yes")
        .With("medication.support", "prompting").With("medication.morning", "yes")
        .With("home_safety.need", "some").With("home_safety.left_alone", "an_hour")
        .With("behaviour.present", "yes").With("behaviour.type", "physical_to_others").With("behaviour.frequency", "weekly").With("behaviour.risk", "high")
        .With("behaviour.predictable", "no").With("behaviour.support_plan", "yes")
        .Build();
}
