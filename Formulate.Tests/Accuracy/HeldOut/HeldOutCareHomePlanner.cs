namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>
/// Care homes: the council's weekly fee for the home's type and band, flat within a band, with one-to-one hours on top
/// only for the most complex people. A nursing fee excludes NHS-funded nursing care (£254.06 a week in 2025/26), which
/// the NHS pays to the home directly.
/// </summary>
internal static class HeldOutCareHomePlanner
{
    public static void Plan(HeldOutPerson person, HeldOutCouncil council, HeldOutPackage package)
    {
        package.Add(HeldOutSupport.CareHome, 1m, council.Rate(FeeKey(person, council)));
        package.Add(HeldOutSupport.CareHomeStaffHour, person.CareHomeOneToOneHours, council.Rate(HeldOutRateKeys.CareHomeOneToOneHour));
    }

    internal static string FeeKey(HeldOutPerson person, HeldOutCouncil council)
    {
        var risk = person.Behaviour?.Risk ?? -1;
        var dementiaWithBehaviour = person.Memory >= 2 && risk >= 1;
        var highDependency = person.Transfers == HeldOutTransfers.TwoCarers && person.PersonalCareLevel == 4;
        if (person.Setting == HeldOutSetting.NursingCare)
        {
            var nursingEnhanced = dementiaWithBehaviour || risk >= 2 ||
                                  (council.EnhancedBandForPhysicalDependency && highDependency && (person.TubeFeeding || person.Skin == 3 || person.Repositioning == 2));
            return nursingEnhanced ? HeldOutRateKeys.NursingEnhanced : HeldOutRateKeys.NursingStandard;
        }

        return person.CareHomeType switch
        {
            HeldOutCareHomeType.LearningDisability =>
                risk >= 2 || (risk == 1 && person.Behaviour!.Frequency >= 2) || (person.PersonalCareLevel == 4 && person.Expressing == 3)
                    ? HeldOutRateKeys.LearningDisabilityEnhanced
                    : HeldOutRateKeys.LearningDisabilityStandard,
            HeldOutCareHomeType.MentalHealth =>
                risk >= 2 || person.Mood == 3 || person.Behaviour is { Kind: "self_neglect", Frequency: >= 2 }
                    ? HeldOutRateKeys.MentalHealthEnhanced
                    : HeldOutRateKeys.MentalHealthStandard,
            _ => dementiaWithBehaviour || (council.EnhancedBandForPhysicalDependency && highDependency)
                ? HeldOutRateKeys.ResidentialEnhanced
                : HeldOutRateKeys.ResidentialStandard,
        };
    }
}
