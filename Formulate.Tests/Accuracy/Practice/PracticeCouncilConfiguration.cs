using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;

namespace Formulate.Tests.Accuracy.Practice;

/// <summary>
/// A council's own rates and the planning decisions the configuration holds, put into a configuration of the model's
/// keys (the demo configuration's, with every rate and decision this council sets replaced), as a council setting up
/// Formulate would. Nothing is capped: a package above the usual range is still bought (the Care Act requires a
/// sufficient budget), so the high-end cap is lifted out of reach and the figures compare like with like.
/// </summary>
public static class PracticeCouncilConfiguration
{
    public const decimal NoCap = 99_999m;

    /// <summary>The care-as-planned definition as <paramref name="council"/> would configure it.</summary>
    public static EngineDefinition Definition(PracticeCouncil council)
    {
        var planned = DefaultDefinitions.CareAsPlanned;
        return planned with { Configuration = For(council, planned.Configuration) };
    }

    public static ParameterSet For(PracticeCouncil council, ParameterSet demo)
    {
        var fees = council.CareHomeFees;
        var habits = council.Habits;
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["rate.home_care"] = council.HomeCareHour,
            ["rate.personal_assistant"] = council.CommunitySupportHour,
            ["rate.supported_living"] = council.SupportedLivingHour,
            ["rate.community_support"] = council.CommunitySupportHour,
            ["rate.community_support@learning_disability"] = council.CommunitySupportHour,
            ["rate.day_service_session.standard"] = council.DayServiceSession,
            ["rate.day_service_session.enhanced"] = council.DayServiceSessionEnhanced,
            ["rate.sleep_in_night"] = council.SleepInNight,
            ["rate.waking_night_hour"] = council.WakingNightHour,
            ["rate.respite_week"] = council.RespiteWeek,
            ["rate.shared_lives.band1"] = council.SharedLivesBands[0],
            ["rate.shared_lives.band2"] = council.SharedLivesBands[1],
            ["rate.shared_lives.band3"] = council.SharedLivesBands[2],
            ["fee.care_home.residential.standard"] = fees[CareHomeType.Residential].Standard,
            ["fee.care_home.residential.enhanced"] = fees[CareHomeType.Residential].Enhanced,
            ["fee.care_home.nursing.standard"] = fees[CareHomeType.Nursing].Standard,
            ["fee.care_home.nursing.enhanced"] = fees[CareHomeType.Nursing].Enhanced,
            ["fee.care_home.residential.learning_disability.standard"] = fees[CareHomeType.LearningDisability].Standard,
            ["fee.care_home.residential.learning_disability.enhanced"] = fees[CareHomeType.LearningDisability].Enhanced,
            ["fee.care_home.residential.mental_health.standard"] = fees[CareHomeType.MentalHealth].Standard,
            ["fee.care_home.residential.mental_health.enhanced"] = fees[CareHomeType.MentalHealth].Enhanced,
            ["rate.care_home.one_to_one_hour"] = council.CareHomeOneToOneHour,
            ["rate.care_home_staff_hour"] = council.CareHomeOneToOneHour,
            ["calls.minimum_minutes"] = habits.PersonalCareMinimumMinutes,
            ["policy.family_as_second_carer"] = habits.FamilyAsSecondCarer ? 1m : 0m,
            ["core_hours.supported_living"] = (decimal)habits.CoreHoursPerHouse[1],
            ["cap.community_weekly"] = NoCap,
        };

        return WithValues(demo, values, council.Name.Replace(' ', '-').ToLowerInvariant(), council.Name);
    }

    /// <summary>
    /// <paramref name="set"/> with each key in <paramref name="values"/> holding that value alone, from the date its
    /// first value applied; every key must be in the set, so a renamed key fails loudly rather than keeping the demo's.
    /// </summary>
    public static ParameterSet WithValues(ParameterSet set, IReadOnlyDictionary<string, decimal> values, string version, string reference)
    {
        foreach (var key in values.Keys)
        {
            set.Find(key).ShouldNotBeNull($"the configuration {set.Stamp} has no {key}");
        }

        return set with
        {
            Version = version,
            Parameters = [.. set.Parameters.Select(parameter => values.TryGetValue(parameter.Key, out var value)
                ? parameter with { Values = [new DatedValue { From = parameter.Values[0].From, Value = value, Reference = reference }] }
                : parameter)],
        };
    }
}
