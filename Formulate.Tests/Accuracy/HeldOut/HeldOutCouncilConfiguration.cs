using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Tests.Accuracy.Practice;

namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>
/// A held-out council's configuration of the care-as-planned model: the demo configuration with the council's rates and
/// fees, and nothing capped. With <c>planningSettings</c> it also sets what its planners do that the configuration has a
/// setting for (the shortest call at home and in extra care, core hours, and the family as second carer), as a council
/// setting Formulate up would; without, it is configured as an evaluation that types in only a council's rates.
/// </summary>
public static class HeldOutCouncilConfiguration
{
    public static EngineDefinition Definition(HeldOutCouncil council, bool planningSettings)
    {
        var planned = DefaultDefinitions.CareAsPlanned;
        var values = new Dictionary<string, decimal>(council.Rates, StringComparer.Ordinal)
        {
            ["cap.community_weekly"] = PracticeCouncilConfiguration.NoCap,
        };
        if (planningSettings)
        {
            values["calls.minimum_minutes"] = council.MinimumCallMinutes;
            values["calls.minimum_minutes.extra_care"] = council.ExtraCareShortCalls ? 15 : council.MinimumCallMinutes;
            values["core_hours.supported_living"] = council.CoreHoursPerSupportedLivingHouse;
            values["core_hours.extra_care"] = council.ExtraCareCoreHoursPerTenant;
            values["policy.family_as_second_carer"] = council.FamilyMayBeSecondCarer ? 1m : 0m;
        }

        var version = council.Name.Replace(' ', '-').ToLowerInvariant() + (planningSettings ? "-planning" : "-rates");
        return planned with { Configuration = PracticeCouncilConfiguration.WithValues(planned.Configuration, values, version, council.Name) };
    }

    /// <param name="drift">How far bought units drift from plans (<see cref="HeldOutSample.Generate"/>); by default the planner's own.</param>
    public static PlannerSource Source(HeldOutCouncil council, bool planningSettings, double? drift = null)
    {
        var definition = Definition(council, planningSettings);
        var name = $"{council.Name} ({(planningSettings ? "its rates and planning settings" : "its rates only")}{(drift is null ? "" : $", drift {drift:0.0#}")})";
        return new PlannerSource(name, definition, (count, seed) => HeldOutSample.Generate(council, definition.Questions, count, seed, drift));
    }
}
