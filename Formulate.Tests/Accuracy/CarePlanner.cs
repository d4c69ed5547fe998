// The planner's weightings read best written beside the answers they weigh, and tests run it a few hundred times.
#pragma warning disable CA1861
using Formulate.Analysis.Accuracy;
using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;
using Formulate.Engine.Profiles;

namespace Formulate.Tests.Accuracy;

/// <summary>
/// Builds the care package a care planner would arrange for a profile: visits at the times of day the person needs them,
/// each booked in quarter hours; a second carer on visits that need two; meals and medicines within visits; hours for
/// the home, supervision and getting out; day sessions; sleep-in or waking nights; respite weeks for the carer; banded
/// placements in care homes and Shared Lives. Its weightings are a planner's own, not the model's defaults, which is
/// what calibration has to discover.
/// </summary>
public sealed class CarePlanner(ParameterSet configuration)
{
    private static readonly string[] VisitTimes = ["personal_care.morning", "personal_care.midday", "personal_care.evening", "personal_care.bedtime"];

    public IReadOnlyList<PackageLine> Plan(NeedsProfile profile)
    {
        var a = profile.Answers;
        var setting = a["person.living_situation"];
        var date = profile.AssessmentDate;
        if (setting is "residential_care" or "nursing_care")
        {
            return CareHome(a, setting, date);
        }

        var lines = new List<PackageLine>();
        var dailyType = setting == "supported_living" ? SupportTypes.SupportedLiving : SupportTypes.HomeCare;
        var careFactor = Level(a, "cognition.memory", ["no_concerns", "some_forgetfulness", "significant", "severe"], [1.0, 1.1, 1.3, 1.5])
                         * (a["person.primary_support_reason"] == "learning_disability" ? 1.2 : 1.0)
                         * Level(a, "mobility.transfers", ["independent", "with_equipment", "one_carer", "two_carers"], [1.0, 1.1, 1.2, 1.3]);

        var minutes = Need(a, "hygiene", [20, 45, 70, 90]) + Need(a, "toileting", [15, 35, 55, 75]) + Need(a, "dressing", [10, 25, 40, 55]);
        minutes *= careFactor;
        if (Get(a, "nutrition.need") is { } nutrition && nutrition != "none")
        {
            var meals = Get(a, "nutrition.meals_per_day") switch { "one" => 1, "two" => 2, _ => 3 };
            var perMeal = Get(a, "nutrition.support_type") switch { "prepare_only" => 15, "prepare_and_assist" => 30, _ => 45 };
            minutes += meals * perMeal * Level(a, "nutrition.need", ["prompting", "some", "most", "all"], [0.5, 0.8, 1.0, 1.2]) * Remaining(a, "nutrition");
        }

        if (Get(a, "medication.support") is { } medication && medication != "none")
        {
            var times = Get(a, "medication.times_per_day") switch { "1" => 1, "2" => 2, "3" => 3, _ => 4 };
            minutes += times * (medication switch { "prompting" => 5, "administering" => 10, _ => 20 });
        }

        var visits = Math.Max(1, VisitTimes.Count(time => Get(a, time) == "yes"));
        var weeklyCareHours = 0.0;
        if (minutes > 0)
        {
            var perVisit = Math.Max(30, Math.Ceiling(minutes / visits / 15) * 15);
            var bookedVisits = Math.Min(visits, Math.Max(1, (int)Math.Ceiling(minutes / 30)));
            weeklyCareHours = bookedVisits * perVisit * 7 / 60;
            if (Get(a, "mobility.transfers") == "two_carers")
            {
                weeklyCareHours *= Get(a, "mobility.two_carers_scope") == "some_transfers" ? 1.5 : 2.0;
            }
        }

        var householdHours = Need(a, "home_environment", [0.5, 1, 1.5, 2]) + (((Get(a, "home_environment.laundry") == "yes" ? 1 : 0) + (Get(a, "home_environment.shopping") == "yes" ? 1 : 0)) * Remaining(a, "home_environment"));
        var supervision = Need(a, "home_safety", [0.5, 1, 2, 4]);
        if (Get(a, "home_safety.left_alone") is { } alone)
        {
            supervision += (alone switch { "all_day" => 0, "several_hours" => 4, "an_hour" => 12, _ => 24 }) * Remaining(a, "home_safety")
                           * Level(a, "behaviour.risk", ["low", "moderate", "high", "severe"], [1.0, 1.1, 1.3, 1.6]);
        }

        if (setting == "extra_care_housing")
        {
            householdHours *= 0.4;
            supervision *= 0.4;
        }

        if (setting == "shared_lives")
        {
            var shared = weeklyCareHours + supervision;
            lines.Add(Line(SupportTypes.SharedLives, 1, Rate($"shared_lives.band{(shared >= 30 ? 3 : shared >= 12 ? 2 : 1)}", date)));
        }
        else
        {
            Add(lines, dailyType, weeklyCareHours + householdHours + supervision, date);
        }

        var community = Need(a, "relationships", [1, 2, 4, 6]) + Need(a, "work", [1, 3, 6, 9]) * Level(a, "work.hours_band", ["up_to_8", "9_to_16", "over_16"], [0.5, 1.0, 1.5])
                        + Need(a, "child_care", [2, 5, 8, 12]);
        var communityAccess = Need(a, "community", [3, 6, 10, 14]);
        if (Get(a, "community.support_preference") == "group_sessions")
        {
            Add(lines, SupportTypes.DayOpportunitySession, Math.Ceiling(communityAccess / 3.5), date);
        }
        else
        {
            community += communityAccess;
        }

        Add(lines, SupportTypes.CommunitySupport, community, date);
        Night(a, lines, date, sharedLivesCarerAtHome: setting == "shared_lives");
        if (Get(a, "carer.breaks_needed") is { } breaks && breaks != "none" && lines.Count > 0)
        {
            var weeks = breaks switch { "occasional" => 1.5, "regular" => 3, _ => 5 };
            lines.Add(Line(SupportTypes.RespiteWeek, Math.Round(weeks / 52, 4), Rate(SupportTypes.RespiteWeek, date)));
        }

        return lines;
    }

    private void Night(IReadOnlyDictionary<string, string> a, List<PackageLine> lines, DateOnly date, bool sharedLivesCarerAtHome)
    {
        var need = Get(a, "night.need");
        if (need is not ("regular" or "continuous"))
        {
            return;
        }

        var nights = Get(a, "night.nights_per_week") switch { "1_2" => 2, "3_4" => 4, "5_6" => 6, _ => 7 };
        var share = 1 - (Deduction(a, "night.unpaid", [0.3, 0.6, 1.0]) * Sustained(a, "night.unpaid_sustainable"));
        var covered = Math.Round(nights * share);
        if (covered <= 0)
        {
            return;
        }

        if (Get(a, "night.support_type") == "waking_night")
        {
            lines.Add(Line(SupportTypes.WakingNightHour, covered * 9, Rate(SupportTypes.WakingNightHour, date)));
        }
        else if (!sharedLivesCarerAtHome)
        {
            lines.Add(Line(SupportTypes.SleepInNight, covered, Rate(SupportTypes.SleepInNight, date)));
        }
    }

    private List<PackageLine> CareHome(IReadOnlyDictionary<string, string> a, string setting, DateOnly date)
    {
        var kind = setting == "residential_care" ? "residential" : "nursing";
        var heavy = new[] { "hygiene.need", "toileting.need", "dressing.need" }.Count(id => Get(a, id) is "most" or "all")
                    + (Get(a, "cognition.memory") is "significant" or "severe" ? 1 : 0) + (Get(a, "behaviour.present") == "yes" ? 1 : 0);
        var lines = new List<PackageLine> { Line(SupportTypes.CareHome, 1, Rate($"care_home.{kind}.band{(heavy >= 3 ? 2 : 1)}", date) + (heavy >= 4 ? 150 : 0)) };
        var oneToOne = Get(a, "care_home.one_to_one") switch { "up_to_14" => 12.0, "15_to_35" => 28.0, "over_35" => 50.0, _ => 0.0 };
        Add(lines, SupportTypes.CareHomeStaffHour, oneToOne, date);
        return lines;
    }

    private void Add(List<PackageLine> lines, string type, double units, DateOnly date)
    {
        if (units > 0.01)
        {
            lines.Add(Line(type, Math.Round(units, 2), Rate(type, date)));
        }
    }

    private static PackageLine Line(string type, double units, decimal rate) =>
        new() { SupportType = type, UnitsPerWeek = (decimal)units, UnitRate = rate };

    private decimal Rate(string key, DateOnly date) => configuration.Find($"rate.{key}")!.At(date)!.Value;

    /// <summary>Hours or minutes for the outcome's level of need, less what strengths, community and unpaid support meet.</summary>
    private static double Need(IReadOnlyDictionary<string, string> a, string outcome, double[] byLevel)
    {
        var level = Get(a, $"{outcome}.need");
        return level is null or "none" ? 0 : byLevel[Array.IndexOf(Levels, level)] * Remaining(a, outcome);
    }

    private static readonly string[] Levels = ["prompting", "some", "most", "all"];

    private static double Remaining(IReadOnlyDictionary<string, string> a, string outcome) =>
        (1 - Deduction(a, $"{outcome}.met_by_strengths", [0.3, 0.6, 1.0]))
        * (1 - Deduction(a, $"{outcome}.met_by_community", [0.3, 0.6, 1.0]))
        * (1 - (Deduction(a, $"{outcome}.unpaid", [0.3, 0.7, 1.0]) * Sustained(a, $"{outcome}.unpaid_sustainable")));

    private static double Deduction(IReadOnlyDictionary<string, string> a, string id, double[] someMostAll) => Get(a, id) switch
    {
        "some" => someMostAll[0],
        "most" => someMostAll[1],
        "all" => someMostAll[2],
        _ => 0,
    };

    private static double Sustained(IReadOnlyDictionary<string, string> a, string id) => Get(a, id) switch
    {
        "yes" => 1,
        "at_risk" => 0.4,
        _ => 0,
    };

    private static double Level(IReadOnlyDictionary<string, string> a, string id, string[] codes, double[] factors) =>
        Get(a, id) is { } code && Array.IndexOf(codes, code) is var index and >= 0 ? factors[index] : 1.0;

    private static string? Get(IReadOnlyDictionary<string, string> a, string id) => a.TryGetValue(id, out var code) ? code : null;
}
