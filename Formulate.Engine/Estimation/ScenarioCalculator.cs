using Formulate.Engine.Estimation.Blocks;

namespace Formulate.Engine.Estimation;

/// <summary>Runs the formula blocks in order and applies the council's limits.</summary>
internal static class ScenarioCalculator
{
    public static ScenarioOutcome Run(Calculation calculation)
    {
        var root = calculation.Step("weekly-estimate", "Estimated weekly personal budget");
        var person = PersonFacts.Work(calculation);
        root.Add(person.Trace);

        // Variants name what each block's result depends on in the setting, so that what-ifs reuse what cannot differ.
        var rate = person.DailyLivingSupportType;
        var personalCare = calculation.Remember(PersonalCareBlock.AreaId, rate, UnpaidQuestions.PersonalCare, () => PersonalCareBlock.Calculate(calculation, person));
        var dailyLiving = new List<AreaEstimate>
        {
            personalCare,
            calculation.Remember(SecondCarerBlock.AreaId, rate, UnpaidQuestions.PersonalCare, () => SecondCarerBlock.Calculate(calculation, person, personalCare)),
            calculation.Remember(NutritionBlock.AreaId, rate, UnpaidQuestions.Nutrition, () => NutritionBlock.Calculate(calculation, person)),
            calculation.Remember(MedicationBlock.AreaId, rate, UnpaidQuestions.Medication, () => MedicationBlock.Calculate(calculation, person)),
            calculation.Remember(HouseholdBlock.AreaId, HouseholdBlock.Variant(person), UnpaidQuestions.Household, () => HouseholdBlock.Calculate(calculation, person)),
            calculation.Remember(SafetyBlock.AreaId, SafetyBlock.Variant(person), UnpaidQuestions.Safety, () => SafetyBlock.Calculate(calculation, person)),
            calculation.Remember(NightSupportBlock.AreaId, rate, UnpaidQuestions.Night, () => NightSupportBlock.Calculate(calculation, person)),
        };
        var social = new List<AreaEstimate>
        {
            calculation.Remember(SocialBlocks.RelationshipsId, string.Empty, UnpaidQuestions.Relationships, () => SocialBlocks.CalculateRelationships(calculation, person)),
            calculation.Remember(CommunityAccessBlock.AreaId, string.Empty, UnpaidQuestions.Community, () => CommunityAccessBlock.Calculate(calculation, person)),
            calculation.Remember(SocialBlocks.WorkId, string.Empty, UnpaidQuestions.Work, () => SocialBlocks.CalculateWork(calculation, person)),
            calculation.Remember(SocialBlocks.ChildCareId, rate, UnpaidQuestions.ChildCare, () => SocialBlocks.CalculateChildCare(calculation, person)),
        };

        List<AreaEstimate> areas;
        if (person.InCareHome)
        {
            if (!root.Policy("policy.care_homes_estimated"))
            {
                return NotEstimated(root, "This council does not estimate care home placements; they are arranged through its care home team");
            }

            areas = [CareHomeBlock.Calculate(calculation, person, dailyLiving)];
        }
        else if (person.InSharedLives)
        {
            areas = [SharedLivesBlock.Calculate(calculation, person, dailyLiving), .. social];
        }
        else
        {
            areas = [.. dailyLiving, .. social];
        }

        if (!person.InCareHome)
        {
            var valueOfUnpaidSupport = areas.Sum(area => area.AmountWithoutUnpaid - area.Line.Amount);
            areas.Add(CarerBreaksBlock.Calculate(calculation, person, valueOfUnpaidSupport));
        }

        foreach (var area in areas)
        {
            root.Add(area.Trace);
        }

        var lines = areas.Where(area => area.Line.Amount > 0m).Select(area => area.Line).ToList();
        var adjustments = BudgetLimits.Apply(calculation, person, lines.Sum(line => line.Amount), root);
        var total = lines.Sum(line => line.Amount) + adjustments.Sum(adjustment => adjustment.Amount);
        root.Explain($"sum of the areas{(adjustments.Count > 0 ? " and limits" : string.Empty)} = £{total:N2} a week");
        return new ScenarioOutcome
        {
            Lines = lines,
            Adjustments = adjustments,
            Total = total,
            TotalWeeklyHours = lines.Sum(line => line.WeeklyHours),
            Trace = root.Finish(total, "GBP per week"),
        };
    }

    private static ScenarioOutcome NotEstimated(StepRecorder root, string reason)
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
