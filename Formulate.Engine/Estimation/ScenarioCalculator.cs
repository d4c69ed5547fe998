using Formulate.Engine.Estimation.Blocks;
using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation;

/// <summary>Runs the formula blocks in order and applies the council's limits.</summary>
/// <remarks>Loops rather than LINQ: this runs for the estimate and every what-if, so each allocation counts seven times.</remarks>
internal static class ScenarioCalculator
{
    /// <summary>Areas worked out from another area's result, not only from the answers: each must be worked out again whenever that area is.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> AreaInputs = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [SecondCarerBlock.AreaId] = SecondCarerBlock.VisitAreas,
    };

    /// <summary>Works out one scenario with the formula the definition's model names.</summary>
    public static ScenarioOutcome Run(Calculation calculation) =>
        calculation.Definition.Model.Formula == ModelFormulas.CareAsPlanned ? Planned.PlannedCalculator.Run(calculation) : RunByActivity(calculation);

    private static ScenarioOutcome RunByActivity(Calculation calculation)
    {
        var root = calculation.Step(StepRules.WeeklyEstimate);
        var person = PersonFacts.Work(calculation);
        root.Add(person.Trace);

        // Variants name what each block's result depends on in the setting, so that what-ifs reuse what cannot differ.
        var rate = person.DailyLivingSupportType;
        AreaEstimate[] visits =
        [
            calculation.Remember(PersonalCareBlock.AreaId, rate, UnpaidQuestions.PersonalCare, person, PersonalCareBlock.Calculate),
            calculation.Remember(NutritionBlock.AreaId, rate, UnpaidQuestions.Nutrition, person, NutritionBlock.Calculate),
            calculation.Remember(MedicationBlock.AreaId, rate, UnpaidQuestions.Medication, person, MedicationBlock.Calculate),
        ];
        AreaEstimate[] dailyLiving =
        [
            visits[0],
            calculation.Remember(SecondCarerBlock.AreaId, SecondCarerBlock.Variant(person), UnpaidQuestions.Visits, (person, visits),
                static (calculation, state) => SecondCarerBlock.Calculate(calculation, state.person, state.visits)),
            visits[1],
            visits[2],
            calculation.Remember(HouseholdBlock.AreaId, HouseholdBlock.Variant(person), UnpaidQuestions.Household, person, HouseholdBlock.Calculate),
            calculation.Remember(SafetyBlock.AreaId, SafetyBlock.Variant(person), UnpaidQuestions.Safety, person, SafetyBlock.Calculate),
            calculation.Remember(NightSupportBlock.AreaId, rate, UnpaidQuestions.Night, person, NightSupportBlock.Calculate),
        ];
        AreaEstimate[] social =
        [
            calculation.Remember(SocialBlocks.RelationshipsId, string.Empty, UnpaidQuestions.Relationships, person, SocialBlocks.CalculateRelationships),
            calculation.Remember(CommunityAccessBlock.AreaId, string.Empty, UnpaidQuestions.Community, person, CommunityAccessBlock.Calculate),
            calculation.Remember(SocialBlocks.WorkId, string.Empty, UnpaidQuestions.Work, person, SocialBlocks.CalculateWork),
            calculation.Remember(SocialBlocks.ChildCareId, rate, UnpaidQuestions.ChildCare, person, SocialBlocks.CalculateChildCare),
        ];

        var areas = new List<AreaEstimate>(dailyLiving.Length + social.Length + 1);
        if (person.InCareHome)
        {
            if (!root.Policy("policy.care_homes_estimated"))
            {
                return NotEstimated(root, "This council does not estimate care home placements; they are arranged through its care home team");
            }

            areas.Add(CareHomeBlock.Calculate(calculation, person, dailyLiving));
        }
        else
        {
            if (person.InSharedLives)
            {
                areas.Add(SharedLivesBlock.Calculate(calculation, person, [.. dailyLiving.Where(SharedLivesBlock.Covers)]));
                areas.AddRange(dailyLiving.Where(area => !SharedLivesBlock.Covers(area)));
            }
            else
            {
                areas.AddRange(dailyLiving);
            }

            areas.AddRange(social);
            var valueOfUnpaidSupport = 0m;
            foreach (var area in areas)
            {
                valueOfUnpaidSupport += area.AmountWithoutUnpaid - area.Line.Amount;
            }

            areas.Add(CarerBreaksBlock.Calculate(calculation, person, valueOfUnpaidSupport));
        }

        return Total(calculation, person, root, areas);
    }

    /// <summary>The areas' lines and sum, and the council's limits applied to it; the same for every formula.</summary>
    internal static ScenarioOutcome Total(Calculation calculation, PersonFacts person, StepRecorder root, List<AreaEstimate> areas)
    {
        var lines = new List<AllocationLine>(areas.Count);
        var sum = 0m;
        var weeklyHours = 0m;
        foreach (var area in areas)
        {
            root.Add(area.Trace);
            if (area.Line.Amount > 0m)
            {
                lines.Add(area.Line);
                sum += area.Line.Amount;
                weeklyHours += area.Line.WeeklyHours;
            }
        }

        var limits = BudgetLimits.Apply(calculation, person, sum, weeklyHours, root);
        var total = sum + limits.Amount;

        root.Explain($"sum of the areas{(limits.Adjustments.Count > 0 ? " and limits" : string.Empty)} = £{total:N2} a week");
        return new ScenarioOutcome
        {
            Lines = lines,
            Adjustments = limits.Adjustments,
            PanelReferral = limits.PanelReferral,
            Total = total,
            TotalWeeklyHours = weeklyHours + limits.WeeklyHoursChange,
            Trace = root.Finish(total, "GBP per week"),
        };
    }

    internal static ScenarioOutcome NotEstimated(StepRecorder root, string reason)
    {
        root.Explain($"{reason}");
        return new ScenarioOutcome
        {
            Lines = [],
            Adjustments = [],
            Total = 0m,
            TotalWeeklyHours = 0m,
            NotEstimatedReason = reason,
            Trace = root.Finish(),
        };
    }
}
