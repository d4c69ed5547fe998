using Formulate.Analysis.Accuracy;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;
using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;

namespace Formulate.Tests.Accuracy.Practice;

/// <summary>
/// The first planner's samples (<see cref="SyntheticSample"/>, which plans from answers to formulate-needs-profile@2025.1)
/// moved to formulate-needs-profile@2026.1, with the planner's council (the demo council's 2025/26 rates) put into a
/// configuration of the new model's keys. The planner still reads the old answers, so its packages are exactly as
/// before; the new set's answers are worked out from them question by question. Answers the new set no longer asks
/// (needs met by the person's own strengths, personal care met by the community) are drawn as "none", so that no
/// package depends on something the new profile cannot record.
/// </summary>
public static class CarePlannerInNewQuestions
{
    private static readonly string[] DroppedAnswers = ["met_by_strengths", "hygiene.met_by_community", "toileting.met_by_community", "dressing.met_by_community"];

    public static Sample Generate(QuestionSet newQuestions, int count, int seed)
    {
        var old = SyntheticSample.Generate(count, seed, choose: Choose);
        return old with
        {
            Cases = [.. old.Cases.Select(c => c with { Profile = PracticeAnswers.Record(Answers(c.Profile.Answers), newQuestions, c.Profile.AssessmentDate) })],
        };
    }

    /// <summary>The demo council's 2025/26 rates, which the first planner pays, as a configuration of the new model's keys.</summary>
    public static ParameterSet Configuration(ParameterSet newDemo)
    {
        var old = DefaultDefinitions.Definition.Configuration;
        decimal Old(string key) => old.Find(key).ShouldNotBeNull(key).Values[^1].Value;
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["rate.day_service_session.standard"] = Old("rate.day_opportunity_session"),
            ["rate.day_service_session.enhanced"] = Old("rate.day_opportunity_session"),
            ["fee.care_home.residential.standard"] = Old("rate.care_home.residential.band1"),
            ["fee.care_home.residential.enhanced"] = Old("rate.care_home.residential.band2"),
            ["fee.care_home.nursing.standard"] = Old("rate.care_home.nursing.band1"),
            ["fee.care_home.nursing.enhanced"] = Old("rate.care_home.nursing.band2"),
            ["cap.community_weekly"] = PracticeCouncilConfiguration.NoCap,
            // How this council plans, as its configuration records it: no shared core hours (each tenant's support is
            // built from their own care, like homecare), nights paid in full for each person, and the same 30-minute
            // least call in extra care as at home.
            ["core_hours.supported_living"] = 0m,
            ["core_hours.extra_care"] = 0m,
            ["policy.shared_nights_divided"] = 0m,
            ["calls.minimum_minutes.extra_care"] = 30m,
        };
        foreach (var parameter in old.Parameters.Where(p => p.Key.StartsWith("rate.", StringComparison.Ordinal) && newDemo.Find(p.Key) is not null))
        {
            values[parameter.Key] = parameter.Values[^1].Value;
        }

        return PracticeCouncilConfiguration.WithValues(newDemo, values, "first-planner", "The demo council's 2025/26 rates");
    }

    private static AnswerOption Choose(Question question, Random random)
    {
        var answer = CaseloadAnswers.Choose(question, random);
        return DroppedAnswers.Any(dropped => question.Id.EndsWith(dropped, StringComparison.Ordinal)) ? question.Answers[0] : answer;
    }

    /// <summary>The old profile's answers, and the new set's questions answered from them.</summary>
    private static Dictionary<string, string> Answers(IReadOnlyDictionary<string, string> old)
    {
        var answers = new Dictionary<string, string>(old, StringComparer.Ordinal);
        string Old(string id) => old.GetValueOrDefault(id) ?? string.Empty;
        string YesNo(bool value) => value ? "yes" : "no";

        var meals = Old("nutrition.meals_per_day");
        answers["nutrition.morning"] = YesNo(meals == "three");
        answers["nutrition.midday"] = YesNo(meals != string.Empty);
        answers["nutrition.evening"] = YesNo(meals is "two" or "three");

        var doses = Old("medication.times_per_day");
        answers["medication.morning"] = YesNo(doses != string.Empty);
        answers["medication.evening"] = YesNo(doses is "2" or "3" or "4_plus");
        answers["medication.midday"] = YesNo(doses is "3" or "4_plus");
        answers["medication.bedtime"] = YesNo(doses == "4_plus");

        answers["support.arrangement"] = "agency";
        answers["needs.fluctuate"] = "no";
        answers["care_home.type"] = "general";
        // Someone else is with the person for as much of the day as the family's help with safety covers, and only while
        // that help can carry on.
        answers["home_safety.others_present"] = (Old("home_safety.unpaid"), Old("home_safety.unpaid_sustainable")) switch
        {
            ("all" or "most", "yes") => "most",
            ("all" or "most", "at_risk") or ("some", "yes") => "some",
            _ => "none",
        };
        answers["community.days_per_week"] = Old("community.need") switch { "prompting" or "some" => "1", "most" => "2", "all" => "3", _ => "1" };
        answers["community.carer_break"] = YesNo(Old("carer.breaks_needed") is "regular" or "frequent");
        answers["work.days_per_week"] = Old("work.hours_band") switch { "9_to_16" => "2", "over_16" => "4", _ => "1" };
        answers["night.shared"] = YesNo(Old("supported_living.sharing") is not ("alone" or ""));
        answers["carer.willing"] = Old("carer.sustainability") == "not_sustainable" ? "with_limits" : "yes";
        answers["carer.own_needs"] = Old("carer.health") switch { "poor" => "eligible", "some_problems" => "some", _ => "none" };
        return answers;
    }
}
