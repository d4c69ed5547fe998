namespace Formulate.Tests.Accuracy.Practice;

/// <summary>
/// Books homecare as providers deliver it: up to four calls a day (morning, lunch, tea, bed), each as long as the
/// heaviest task in it, in 15-minute steps. Meals and medicines due at a time when a personal care call is already there
/// are done in it, not in a call of their own. A call with personal care is never under the council's minimum (30
/// minutes in NICE NG21, 45 in some councils); a call for a short task alone may be 15 minutes. Where moving the person
/// needs two people, every call with a transfer in it is double-handed and both carers are paid for the whole call.
/// An unpaid carer who lives with the person takes the calls they can do (lunch, tea) before the council buys any.
/// </summary>
public static class HomeCallPlanner
{
    private static readonly int[] GettingUpMinutes = [0, 15, 30, 45, 60];
    private static readonly int[] ToiletMinutes = [0, 0, 15, 30, 30];
    private static readonly int[] BedMinutes = [0, 15, 30, 30, 45];

    public static IReadOnlyList<Call> Calls(PracticePerson person, PlanningHabits habits)
    {
        var extraCare = person.Setting == Setting.ExtraCareHousing;
        var carer = person.Carer;
        var familyDoesMeals = carer is { LivesWithPerson: true, Share: >= 1 };
        var familyDoesMost = carer is { LivesWithPerson: true, Share: >= 2 };
        var calls = new List<Call>();

        void Book(string timeOfDay, int personalCare, int meal, int medicine, bool transfer)
        {
            var heaviest = Math.Max(personalCare, Math.Max(meal, medicine));
            if (heaviest == 0)
            {
                return;
            }

            var minutes = heaviest;
            if (personalCare > 0 && person.Cognition >= 2)
            {
                minutes += habits.CognitionExtraMinutes;
            }

            // An extra care scheme's carers are on site, so there is no travel and no minimum call.
            if (!extraCare)
            {
                minutes = Math.Max(minutes, personalCare > 0 ? habits.PersonalCareMinimumMinutes : habits.ShortCallMinutes);
            }

            minutes = (minutes + 14) / 15 * 15;
            var doubled = transfer && person.Transfers == Transfers.TwoCarers
                && !(habits.FamilyAsSecondCarer && carer is { LivesWithPerson: true, Share: >= 1 });
            calls.Add(new Call(timeOfDay, minutes, doubled ? 2 : 1));
        }

        var hoistMinutes = person.UsesHoist ? 15 : 0;
        var gettingUp = Math.Max(GettingUpMinutes[person.Washing], GettingUpMinutes[person.Dressing]);
        var morningCare = gettingUp > 0 && !(familyDoesMost && person.PersonalCare < 3) ? gettingUp + hoistMinutes : 0;
        var bedCare = Math.Max(BedMinutes[person.Dressing], ToiletMinutes[person.Toileting]);
        bedCare = bedCare > 0 && !(familyDoesMost && person.PersonalCare < 3) && person.Dressing >= 2 ? bedCare + hoistMinutes : 0;
        var toileting = familyDoesMeals ? 0 : ToiletMinutes[person.Toileting];

        var meals = person.Meals >= 2 ? (person.AssistToEat ? 45 : 30) : 0;
        var breakfast = person.Meals >= 2 ? (person.AssistToEat ? 30 : 15) : 0;
        var mealsAtLunch = familyDoesMeals ? 0 : meals;
        var mealsAtTea = familyDoesMeals || (carer is { Share: >= 1 } && person.Meals < 3) ? 0 : meals;

        var medicine = MedicineMinutes(person);
        var familyGivesMedicines = carer is { LivesWithPerson: true } && person.Medication != MedicationSupport.Complex;
        int Medicine(int dose) => familyGivesMedicines || person.MedicationTimes < dose ? 0 : medicine;

        Book("morning", morningCare, familyDoesMeals ? 0 : breakfast, Medicine(1), morningCare > 0);
        Book("lunch", toileting, mealsAtLunch, Medicine(3), toileting > 0);
        Book("tea", toileting, mealsAtTea, Medicine(2), toileting > 0);
        Book("bed", bedCare, 0, Medicine(4), bedCare > 0);
        return calls;
    }

    private static int MedicineMinutes(PracticePerson person) => person.Medication switch
    {
        MedicationSupport.Administering or MedicationSupport.Complex => 15,
        // A prompt needs a visit only for someone on their own whose memory means they would not take them.
        MedicationSupport.Prompting when person.Cognition >= 2 => 15,
        _ => 0,
    };
}
