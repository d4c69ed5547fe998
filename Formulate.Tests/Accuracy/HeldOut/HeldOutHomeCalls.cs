namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>
/// Books home care as calls: one to four a day (morning, lunch, tea, bed), each long enough for the tasks done in it,
/// with family covering the calls and tasks they can sustainably do, and a second carer where transfers need two.
/// </summary>
internal static class HeldOutHomeCalls
{
    private static readonly HeldOutSlot[] Slots = [HeldOutSlot.Morning, HeldOutSlot.Midday, HeldOutSlot.Teatime, HeldOutSlot.Bedtime];

    // Family most often take the teatime and lunchtime calls and leave the heavy morning wash to paid carers.
    private static readonly HeldOutSlot[] FamilyPersonalCareOrder = [HeldOutSlot.Teatime, HeldOutSlot.Midday, HeldOutSlot.Bedtime, HeldOutSlot.Morning];
    private static readonly HeldOutSlot[] CommunityMealOrder = [HeldOutSlot.Midday, HeldOutSlot.Teatime, HeldOutSlot.Morning, HeldOutSlot.Bedtime];
    private static readonly HeldOutSlot[] FamilyMealOrder = [HeldOutSlot.Teatime, HeldOutSlot.Morning, HeldOutSlot.Midday, HeldOutSlot.Bedtime];
    private static readonly HeldOutSlot[] FamilyMedicinesOrder = [HeldOutSlot.Midday, HeldOutSlot.Teatime, HeldOutSlot.Bedtime, HeldOutSlot.Morning];

    /// <summary>Hours a week of calls, and of the second carer on double-handed calls.</summary>
    public static (decimal CallHours, decimal SecondCarerHours) Plan(HeldOutPerson person, HeldOutCouncil council, HeldOutCallMinimums minimums)
    {
        var carer = person.Carer;
        var reliance = carer?.Reliance ?? 0m;
        var personalCareSlots = Slots.Where(person.PersonalCareAt.At).ToList();
        var familyCalls = (int)Math.Round(PersonalCareCover(person, reliance) * personalCareSlots.Count, MidpointRounding.AwayFromZero);
        if (carer is { LivesWithPerson: false })
        {
            familyCalls = Math.Min(familyCalls, 1);
        }

        var paidPersonalCare = Remove(personalCareSlots, FamilyPersonalCareOrder, familyCalls);
        var mealSlots = Slots.Where(person.MealsAt.At).ToList();
        mealSlots = Remove(mealSlots, CommunityMealOrder, Count(HeldOutPlanning.Share(person.Community(HeldOutArea.Nutrition)), mealSlots.Count));
        mealSlots = Remove(mealSlots, FamilyMealOrder, Count(HeldOutPlanning.Share(person.UnpaidShare(HeldOutArea.Nutrition)) * reliance, mealSlots.Count));
        var medicineSlots = person.Medicines == 0 ? [] : Slots.Where(person.MedicinesAt.At).ToList();
        medicineSlots = Remove(medicineSlots, FamilyMedicinesOrder, Count(HeldOutPlanning.Share(person.MedicinesUnpaid) * reliance, medicineSlots.Count));

        var callMinutes = 0;
        var secondMinutes = 0;
        foreach (var slot in Slots)
        {
            var personalCare = paidPersonalCare.Contains(slot) ? PersonalCareMinutes(person, slot) : 0;
            var meal = mealSlots.Contains(slot) ? MealMinutes(person, slot) : 0;
            var medicines = medicineSlots.Contains(slot) ? MedicineMinutes(person.Medicines) : 0;
            var minutes = CallLength(personalCare, meal, medicines, minimums);
            callMinutes += minutes;
            if (personalCare > 0 && NeedsSecondCarer(person, council, slot))
            {
                secondMinutes += council.SecondCarerPaidForWholeCall ? minutes : Math.Min(minutes, 30);
            }
        }

        return (HeldOutPlanning.WeeklyHours(callMinutes), HeldOutPlanning.WeeklyHours(secondMinutes));
    }

    /// <summary>
    /// The heaviest task sets the call; the others add half their time, being done alongside it (a meal or medicines
    /// given in a personal care call do not add a visit). Rounded up to the quarter hour, never under the minimum.
    /// </summary>
    internal static int CallLength(int personalCare, int meal, int medicines, HeldOutCallMinimums minimums)
    {
        var heaviest = Math.Max(personalCare, Math.Max(meal, medicines));
        if (heaviest == 0)
        {
            return 0;
        }

        var together = heaviest + ((personalCare + meal + medicines - heaviest) / 2);
        var rounded = (together + 14) / 15 * 15;
        var minimum = personalCare > 0 ? minimums.PersonalCare : meal > 0 ? minimums.Meal : minimums.Medicines;
        return Math.Max(rounded, minimum);
    }

    internal static int PersonalCareMinutes(HeldOutPerson person, HeldOutSlot slot)
    {
        var level = person.PersonalCareLevel;
        if (level == 0)
        {
            return 0;
        }

        int[] bySlot = slot switch
        {
            HeldOutSlot.Morning => [20, 30, 45, 60],
            HeldOutSlot.Bedtime => [15, 30, 30, 45],
            _ => [15, 20, 30, 30],
        };
        var minutes = bySlot[level - 1];

        // NICE NG21: allow more time for people with cognitive impairment or who find care hard to accept.
        if (person.Memory >= 2)
        {
            minutes += 15;
        }

        if (person.Behaviour is { Kind: "resisting_care" })
        {
            minutes += 15;
        }

        if (person.CatheterOrStoma && slot is HeldOutSlot.Morning or HeldOutSlot.Bedtime)
        {
            minutes += 10;
        }

        if (person.PressureCare || person.Repositioning == 2)
        {
            minutes += 10;
        }

        return minutes;
    }

    internal static int MealMinutes(HeldOutPerson person, HeldOutSlot slot) => person.TubeFeeding ? 30 : person.MealHelp switch
    {
        HeldOutMealHelp.PrepareOnly => slot == HeldOutSlot.Morning ? 15 : 20,
        HeldOutMealHelp.PrepareAndAssist => 30,
        _ => 45,
    };

    internal static int MedicineMinutes(int support) => support switch
    {
        0 => 0,
        1 => 10,
        2 => 15,
        _ => 20,
    };

    private static bool NeedsSecondCarer(HeldOutPerson person, HeldOutCouncil council, HeldOutSlot slot)
    {
        if (person.Transfers != HeldOutTransfers.TwoCarers || (!person.TwoCarersEveryTransfer && slot is HeldOutSlot.Midday or HeldOutSlot.Teatime))
        {
            return false;
        }

        var familySecond = council.FamilyMayBeSecondCarer && slot != HeldOutSlot.Morning &&
                           person.Carer is { LivesWithPerson: true, AgeBand: not "75_plus" and not "under_18" } carer && carer.Reliance == 1m;
        return !familySecond;
    }

    private static decimal PersonalCareCover(HeldOutPerson person, decimal reliance)
    {
        var areas = new[] { HeldOutArea.Hygiene, HeldOutArea.Toileting, HeldOutArea.Dressing }.Where(area => person.Level(area) > 0).ToList();
        return areas.Count == 0 ? 0m : areas.Average(area => HeldOutPlanning.Share(person.UnpaidShare(area))) * reliance;
    }

    private static int Count(decimal share, int slots) => (int)Math.Round(share * slots, MidpointRounding.AwayFromZero);

    private static List<HeldOutSlot> Remove(List<HeldOutSlot> slots, HeldOutSlot[] order, int count)
    {
        var remaining = new List<HeldOutSlot>(slots);
        foreach (var slot in order)
        {
            if (count <= 0)
            {
                break;
            }

            if (remaining.Remove(slot))
            {
                count--;
            }
        }

        return remaining;
    }
}
