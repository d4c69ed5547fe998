// Written from published care-planning practice, apart from the estimating model (whose code and parameters were not
// read), so that accuracy figures on its packages measure the model against practice rather than against itself.
// Sources (stored public pages, read 2026-12):
// - Calls by time of day, 15/30/45/60 minutes, one or two workers: Essential Homecare Services, "Structured care
//   package", https://www.essentialhomecareservices.co.uk/structured-care-package/ ; most calls 30, 45 or 60 minutes,
//   short calls for a welfare check or medicines: Independent Living Lancashire, "What is the minimum call time?",
//   https://independentlivinglancashire.co.uk/faq-items/what-is-the-minimum-call-time/
// - Personal care visits at least 30 minutes, shorter only for a specific short task: NICE NG21 (2015), reported at
//   http://primarycarereports.co.uk/most_home_care_visits_should_be_at_least_half_an_hour_.html
// - Double-handed calls for transfers and hoisting, both workers for the visit: Kells Care, "What is double up care?",
//   https://kells-care.com/what-is-double-up-care-a-guide-for-families/ ; Inclusion.Me, "Double handed care package
//   reviews", http://www.inclusion.me.uk/news/double-handed-care-package-reviews ; a family member using the hoist with
//   one worker: https://www.manualhandlingspecialists.co.uk/news/myths-about-reducing-care-packages/
// - Supported living: one-to-one hours, shared (group) support time and night support per house: BJB Your Home,
//   "Supported living funding", http://www.bjbyourhome.co.uk/supported-living-funding ; sleep-in paid a flat rate per
//   night, waking staff where care is needed regularly at night: Lancashire County Council cabinet, 2019,
//   https://skemnews.com/cabinet-agrees-new-fees-for-sleep-in-carers/
// - Day services priced by the day or session, more for dementia: Lancashire £37.45 a day, £65.50 with dementia,
//   https://www.heart.co.uk/northlancs/news/local/council-consults-on-day-care-costs/ ; £39 for a three-hour session
//   (Poole), http://www.dorsetecho.co.uk/news/9376000.day-centre-blow-charges-introduced-after-consultation/
// - Shared Lives long-term fees by band (four bands, £372 to £592 a week): Rotherham Council,
//   https://www.rotherham.gov.uk/health-social-care/shared-lives/4
// - Care-home fees flat by category and band (standard, enhanced, dementia): the FOI request answered by many councils,
//   e.g. https://www.rbwm.gov.uk/council-and-democracy/strategies-and-policies/freedom-information/information-requests/foi002230-foi-adults-social-care ;
//   standard rates £825.94 residential, £948.59 nursing (Scotland 2024/25),
//   https://careinfoscotland.scot/topics/care-homes/paying-care-home-fees/standard-rates ; learning disability homes
//   banded around £1,500 and above, http://moray.gov.uk/moray_standard/page_168151.html
// - Respite as a number of weeks a year agreed in the assessment, with home care or day care as other breaks: Somerset
//   Council, https://choices.somerset.gov.uk/025/social-care/carers/short-breaks-for-carers/ ; Bristol City Council,
//   https://www.bristol.gov.uk/residents/social-care-and-health/carers/breaks-for-carers
// - Rates and fee levels otherwise as in the project's domain notes (Homecare Association, Essex, Wolverhampton,
//   LaingBuisson), each council drawing its own within the published range.
using Formulate.Analysis.Accuracy;

namespace Formulate.Tests.Accuracy.Practice;

/// <summary>
/// The package one council's planner would arrange for a person, line by line at the council's own rates, following
/// published practice rather than any estimating model:
/// <list type="bullet">
/// <item>at home, homecare booked as calls by time of day (<see cref="HomeCallPlanner"/>), a sitting service only where
/// nobody else is there, household help where the council buys it, and a waking night where someone must be awake and
/// no family is in the house;</item>
/// <item>in supported living, a share of the house's core hours (staff on shift for the house, divided among tenants),
/// one-to-one hours rising with behaviour, and the house's sleep-in or waking night divided among tenants;</item>
/// <item>Shared Lives, a flat weekly fee by band;</item>
/// <item>in a care home, the council's flat fee for the home's type and band, with one-to-one hours on top for high-risk
/// behaviour (NHS-funded nursing care is paid by the NHS, so it is not in the council's package);</item>
/// <item>everywhere but care homes, community support or day-service sessions for getting out, support at work, and
/// respite weeks and day-centre places for a carer whose caring is at risk.</item>
/// </list>
/// </summary>
public sealed class PracticePlanner(PracticeCouncil council)
{
    private const decimal WeeksAYear = 52m;

    private readonly PlanningHabits _habits = council.Habits;

    public PracticeCouncil Council => council;

    public IReadOnlyList<PackageLine> Plan(PracticePerson person)
    {
        var lines = new List<PackageLine>();
        void Add(string supportType, decimal units, decimal rate)
        {
            if (units > 0)
            {
                lines.Add(new PackageLine { SupportType = supportType, UnitsPerWeek = Math.Round(units, 2), UnitRate = rate });
            }
        }

        switch (person.Setting)
        {
            case Setting.ResidentialCare or Setting.NursingCare:
                PlanCareHome(person, Add);
                return lines;
            case Setting.SupportedLiving:
                PlanSupportedLiving(person, Add);
                break;
            case Setting.SharedLives:
                Add("shared_lives", 1, council.SharedLivesBands[SharedLivesBand(person)]);
                Add("respite_week", 4m / WeeksAYear, council.RespiteWeek);
                if (person.Night == NightNeed.WakingNight)
                {
                    Add("waking_night_hour", 7 * 9, council.WakingNightHour);
                }

                break;
            default:
                PlanHome(person, Add);
                break;
        }

        PlanDaytime(person, Add);
        return lines;
    }

    private void PlanHome(PracticePerson person, Action<string, decimal, decimal> add)
    {
        var calls = HomeCallPlanner.Calls(person, _habits);
        var familyAtHome = person.Carer is { LivesWithPerson: true };
        var hours = calls.Sum(call => call.HoursPerWeek);
        if (!familyAtHome && person.Safety >= 3)
        {
            hours += person.Safety == 4 ? 14 : 5;
        }

        if (person.Household >= 3 && !familyAtHome)
        {
            hours += (decimal)(_habits.HouseholdHours * (person.Household == 4 ? 1.5 : 1));
        }

        add("home_care", hours, council.HomeCareHour);

        var carerSleeps = familyAtHome && person.Carer!.Strain != CarerStrain.NotSustainable;
        if (person.Night == NightNeed.WakingNight && !carerSleeps)
        {
            add("waking_night_hour", (familyAtHome ? 2 : 7) * 9, council.WakingNightHour);
        }
        else if (person.Night == NightNeed.SleepIn && !familyAtHome)
        {
            add("sleep_in_night", 7, council.SleepInNight);
        }

        if (person.Carer is { } carer)
        {
            var weeks = carer.Strain switch
            {
                CarerStrain.AtRisk => _habits.RespiteWeeksAtRisk,
                CarerStrain.NotSustainable => 2 * _habits.RespiteWeeksAtRisk,
                _ => carer.HoursBand == 2 ? 1 : 0,
            };
            add("respite_week", (decimal)weeks / WeeksAYear, council.RespiteWeek);
            if (_habits.DayCentreForCarerBreak && carer.LivesWithPerson && carer.Strain != CarerStrain.Sustainable && person.Cognition >= 2)
            {
                add("day_opportunity_session", 2, DaySession(person));
            }
        }
    }

    private void PlanSupportedLiving(PracticePerson person, Action<string, decimal, decimal> add)
    {
        var houseLevel = Math.Min(2, Draw.Level(Math.Max(person.PersonalCare / 4.0, Math.Max(person.Behaviour / 3.0, person.Cognition / 3.0)), 0.5, 0.75));
        var tenants = person.Housemates + 1;
        var core = _habits.CoreHoursPerHouse[houseLevel] / (tenants == 1 ? 2 : tenants);
        var oneToOne = person.Behaviour == 0 ? 0 : _habits.OneToOneHours[person.Behaviour - 1];
        if (person.Transfers == Transfers.TwoCarers)
        {
            oneToOne += 7;
        }

        add("supported_living", (decimal)(core + oneToOne), council.SupportedLivingHour);
        var housesNight = person.Night >= NightNeed.SleepIn || person.Safety >= 3 || (houseLevel >= 1 && tenants >= 3);
        if (person.Night == NightNeed.WakingNight)
        {
            add("waking_night_hour", 7m * 10 / tenants, council.WakingNightHour);
        }
        else if (housesNight)
        {
            add("sleep_in_night", 7m / tenants, council.SleepInNight);
        }
    }

    private void PlanDaytime(PracticePerson person, Action<string, decimal, decimal> add)
    {
        var familyDoesMost = person.Carer is { LivesWithPerson: true, Share: >= 2 };
        var community = person.Community - 1 - (familyDoesMost ? 1 : 0);
        if (community > 0)
        {
            if (person.PrefersGroups)
            {
                add("day_opportunity_session", Math.Min(5, community + (person.SupportReason == "learning_disability" ? 1 : 0)), DaySession(person));
            }
            else
            {
                add("community_support", (decimal)(community * _habits.CommunityHoursPerLevel), council.CommunitySupportHour);
            }
        }

        if (person.Work > 0)
        {
            decimal[] hours = [0, 3, 6, 10];
            add("community_support", hours[person.Work] * (person.Cognition >= 2 ? 1m : 0.5m), council.CommunitySupportHour);
        }
    }

    private void PlanCareHome(PracticePerson person, Action<string, decimal, decimal> add)
    {
        var type = person.Setting == Setting.NursingCare ? CareHomeType.Nursing : person.SupportReason switch
        {
            "learning_disability" => CareHomeType.LearningDisability,
            "mental_health" => CareHomeType.MentalHealth,
            _ => CareHomeType.Residential,
        };
        var enhanced = (person.Cognition >= 2 && person.Behaviour >= 1) || person.Behaviour >= 2 || person.Transfers == Transfers.TwoCarers
            || (type == CareHomeType.Nursing && (person.Night == NightNeed.WakingNight || person.Medication == MedicationSupport.Complex));
        var fees = council.CareHomeFees[type];
        add("care_home", 1, enhanced ? fees.Enhanced : fees.Standard);
        if (person.Behaviour == 3)
        {
            add("care_home_staff_hour", (decimal)_habits.CareHomeOneToOneHours, council.CareHomeOneToOneHour);
        }
        else if (person.Behaviour == 2 && person.Safety == 4)
        {
            add("care_home_staff_hour", (decimal)(_habits.CareHomeOneToOneHours / 2), council.CareHomeOneToOneHour);
        }
    }

    private decimal DaySession(PracticePerson person) =>
        person.Cognition >= 2 || person.Behaviour >= 2 ? council.DayServiceSessionEnhanced : council.DayServiceSession;

    private static int SharedLivesBand(PracticePerson person) =>
        person.PersonalCare >= 3 || person.Behaviour >= 2 || person.Cognition == 3 ? 2
        : person.PersonalCare <= 1 && person.Behaviour <= 1 ? 0
        : 1;
}
