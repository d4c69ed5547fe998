using Formulate.Engine.Estimation.Blocks;
using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Planned;

/// <summary>
/// The care-as-planned formula (model formula "care-as-planned", formulate-core@2026.1): support at home as calls,
/// supported living and extra care as core plus one-to-one hours, days and sessions, nights the same in every setting,
/// care homes at the fee for the home's type and band. The council's limits apply exactly as in the first formula.
/// </summary>
internal static class PlannedCalculator
{
    public static ScenarioOutcome Run(Calculation calculation)
    {
        var root = calculation.Step(StepRules.WeeklyEstimate);
        var person = PersonFacts.Work(calculation);
        root.Add(person.Trace);
        var atHome = person.LivingSituation is LivingSituations.OwnHomeAlone or LivingSituations.OwnHomeWithFamily;
        if (atHome && root.AnswerIs("support.arrangement", "direct_payment_personal_assistant"))
        {
            person = person with { ArrangedSupportType = SupportTypes.PersonalAssistant };
        }

        // The day's tasks read the answers and the person's care time factors, never the setting.
        var tasks = calculation.RememberAcrossSettings(PlannedRules.DailyTasks.Id, person, DayTasks.Work);
        var areas = new List<AreaEstimate>(12);
        if (person.InCareHome)
        {
            if (!root.Policy("policy.care_homes_estimated"))
            {
                return ScenarioCalculator.NotEstimated(root, "This council does not estimate care home placements; they are arranged through its care home team");
            }

            areas.AddRange(CareHomeFeeBlock.Calculate(calculation, person, tasks));
        }
        else
        {
            switch (person.LivingSituation)
            {
                case LivingSituations.SharedLives:
                    areas.Add(SharedLivesFeeBlock.Calculate(calculation, person, tasks));
                    areas.Add(NightsBlock.Calculate(calculation, person, wakingOnly: true));
                    break;
                case LivingSituations.SupportedLiving:
                    areas.Add(CoreHoursBlock.Calculate(calculation, person));
                    areas.Add(OneToOneBlock.Calculate(calculation, person, tasks));
                    areas.Add(Household(calculation, person));
                    areas.Add(NightsBlock.Calculate(calculation, person));
                    break;
                case LivingSituations.ExtraCareHousing:
                    AddCalls(areas, calculation, person, tasks);
                    areas.Add(CoreHoursBlock.Calculate(calculation, person));
                    areas.Add(OneToOneBlock.Calculate(calculation, person, tasks));
                    areas.Add(Household(calculation, person));
                    areas.Add(NightsBlock.Calculate(calculation, person));
                    break;
                default:
                    AddCalls(areas, calculation, person, tasks);
                    areas.Add(Household(calculation, person));
                    areas.Add(HomeSafetyBlock.Calculate(calculation, person));
                    areas.Add(NightsBlock.Calculate(calculation, person));
                    break;
            }

            // Variants name what each result depends on in the setting, so that what-ifs reuse what cannot differ.
            areas.Add(calculation.Remember(SocialBlocks.RelationshipsId, string.Empty, UnpaidQuestions.Relationships, person, SocialBlocks.CalculateRelationships));
            areas.Add(calculation.Remember(PlannedRules.CommunityDays.Id, string.Empty, UnpaidQuestions.Community, person, DaysBlocks.CalculateCommunity));
            areas.Add(calculation.Remember(PlannedRules.WorkDays.Id, string.Empty, UnpaidQuestions.Work, person, DaysBlocks.CalculateWork));
            areas.Add(calculation.Remember(SocialBlocks.ChildCareId, person.DailyLivingSupportType, UnpaidQuestions.ChildCare, person, SocialBlocks.CalculateChildCare));
            var valueOfUnpaidSupport = 0m;
            foreach (var area in areas)
            {
                valueOfUnpaidSupport += area.AmountWithoutUnpaid - area.Line.Amount;
            }

            areas.Add(CarerBreaksBlock.Calculate(calculation, person, valueOfUnpaidSupport));
        }

        return ScenarioCalculator.Total(calculation, person, root, areas);
    }

    private static AreaEstimate Household(Calculation calculation, PersonFacts person) =>
        calculation.Remember(HouseholdBlock.AreaId, HouseholdBlock.Variant(person), UnpaidQuestions.Household, person, HouseholdBlock.Calculate);

    private static void AddCalls(List<AreaEstimate> areas, Calculation calculation, PersonFacts person, DayTasks tasks)
    {
        var (calls, secondCarer) = CallsBlock.Calculate(calculation, person, tasks);
        areas.Add(calls);
        areas.Add(secondCarer);
    }
}
