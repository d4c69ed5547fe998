using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;

namespace Formulate.Tests.Engine.CareAsPlanned;

/// <summary>
/// The properties of <see cref="EstimatePropertyTests"/> for the care-as-planned model, in every living situation and for
/// every what-if: one answer a step more need never lowers the estimate or its hours; one step more, steadier or more
/// willing unpaid support never raises them.
/// </summary>
public class PlannedPropertyTests
{
    private const int ProfilesPerSituation = 60;

    private static readonly QuestionSet Questions = DefaultDefinitions.CareAsPlanned.Questions;

    private static readonly string[] Levels = ["none", "prompting", "some", "most", "all"];
    private static readonly string[] YesNo = ["no", "yes"];

    /// <summary>Each question whose answers are steps of need, with its answers from least to most need.</summary>
    private static readonly Dictionary<string, string[]> MoreNeed = new(StringComparer.Ordinal)
    {
        ["hygiene.need"] = Levels, ["toileting.need"] = Levels, ["dressing.need"] = Levels, ["nutrition.need"] = Levels,
        ["home_safety.need"] = Levels, ["home_environment.need"] = Levels, ["relationships.need"] = Levels,
        ["community.need"] = Levels, ["work.need"] = Levels, ["child_care.need"] = Levels,
        ["personal_care.morning"] = YesNo, ["personal_care.midday"] = YesNo, ["personal_care.evening"] = YesNo, ["personal_care.bedtime"] = YesNo,
        ["nutrition.morning"] = YesNo, ["nutrition.midday"] = YesNo, ["nutrition.evening"] = YesNo,
        ["nutrition.support_type"] = ["prepare_only", "prepare_and_assist", "assist_to_eat"],
        ["medication.support"] = ["none", "prompting", "administering", "complex"],
        ["medication.morning"] = YesNo, ["medication.midday"] = YesNo, ["medication.evening"] = YesNo, ["medication.bedtime"] = YesNo,
        ["health.tasks"] = YesNo, ["health.peg_feeding"] = YesNo, ["health.catheter_stoma"] = YesNo, ["health.pressure_care"] = YesNo,
        ["home_environment.laundry"] = YesNo, ["home_environment.shopping"] = YesNo,
        ["home_safety.left_alone"] = ["all_day", "several_hours", "an_hour", "not_at_all"],
        ["mobility.transfers"] = ["independent", "with_equipment", "one_carer", "two_carers"],
        ["mobility.two_carers_scope"] = ["some_transfers", "all_transfers"],
        ["cognition.memory"] = ["no_concerns", "some_forgetfulness", "significant", "severe"],
        ["behaviour.present"] = YesNo,
        ["behaviour.frequency"] = ["monthly_or_less", "weekly", "daily", "several_daily"],
        ["behaviour.risk"] = ["low", "moderate", "high", "severe"],
        ["behaviour.predictable"] = ["yes", "no"],
        ["night.need"] = ["none", "occasional", "regular", "continuous"],
        ["night.support_type"] = ["sleep_in", "waking_night"],
        ["night.nights_per_week"] = ["1_2", "3_4", "5_6", "7"],
        ["community.days_per_week"] = ["1", "2", "3", "4", "5"],
        ["work.days_per_week"] = ["1", "2", "3", "4", "5"],
        ["care_home.one_to_one"] = ["none", "up_to_14", "15_to_35", "over_35"],
        ["carer.breaks_needed"] = ["none", "occasional", "regular", "frequent"],
    };

    private static readonly string[] Shares = ["none", "some", "most", "all"];

    /// <summary>Each question whose answers are steps of unpaid support, from least to most (or least to most sustainable or willing).</summary>
    private static readonly Dictionary<string, string[]> MoreSupport = new(StringComparer.Ordinal)
    {
        ["home_safety.others_present"] = ["none", "some", "most"],
        ["carer.willing"] = ["no", "with_limits", "yes"],
    };

    static PlannedPropertyTests()
    {
        foreach (var question in Questions.UnpaidSupportQuestions.Where(question => question.Id.EndsWith(".unpaid", StringComparison.Ordinal)))
        {
            MoreSupport[question.Id] = Shares;
            MoreSupport[$"{question.Id}_sustainable"] = ["no", "at_risk", "yes"];
        }
    }

    public static TheoryData<string> Situations => [.. LivingSituations.All];

    [Theory]
    [MemberData(nameof(Situations))]
    public void Estimate_OneAnswerAStepMoreNeed_NeverLowersTheEstimateTheHoursOrAnyWhatIf(string situation) =>
        EveryStep(situation, MoreNeed, (before, after, what) =>
        {
            after.WeeklyEstimate.ShouldBeGreaterThanOrEqualTo(before.WeeklyEstimate, what);
            after.TotalWeeklyHours.ShouldBeGreaterThanOrEqualTo(before.TotalWeeklyHours, what);
            foreach (var (old, updated) in before.WhatIfs.Zip(after.WhatIfs))
            {
                if (old.WeeklyEstimate is { } was && updated.WeeklyEstimate is { } now)
                {
                    now.ShouldBeGreaterThanOrEqualTo(was, $"{what}, what-if {old.Id}");
                    updated.TotalWeeklyHours.ShouldBeGreaterThanOrEqualTo(old.TotalWeeklyHours, $"{what}, what-if {old.Id} hours");
                }
            }
        });

    [Theory]
    [MemberData(nameof(Situations))]
    public void Estimate_OneAnswerAStepMoreSustainableOrWillingUnpaidSupport_NeverRaisesTheEstimateTheHoursOrAnyWhatIf(string situation) =>
        EveryStep(situation, MoreSupport, (before, after, what) =>
        {
            after.WeeklyEstimate.ShouldBeLessThanOrEqualTo(before.WeeklyEstimate, what);
            after.TotalWeeklyHours.ShouldBeLessThanOrEqualTo(before.TotalWeeklyHours, what);
            foreach (var (old, updated) in before.WhatIfs.Zip(after.WhatIfs))
            {
                if (old.WeeklyEstimate is { } was && updated.WeeklyEstimate is { } now)
                {
                    now.ShouldBeLessThanOrEqualTo(was, $"{what}, what-if {old.Id}");
                }
            }
        });

    private static void EveryStep(string situation, Dictionary<string, string[]> scales, Action<EstimateResult, EstimateResult, string> check)
    {
        var compared = 0;
        for (var seed = 1; seed <= ProfilesPerSituation; seed++)
        {
            // Half the profiles favour milder answers, as real caseloads do, so that bands and floors are crossed, not only passed.
            var generated = seed % 2 == 0
                ? ProfileGenerator.Generate(Questions, seed)
                : ProfileGenerator.Generate(Questions, new Random(seed), static (question, random) =>
                    question.Answers[Math.Min(random.Next(question.Answers.Count), random.Next(question.Answers.Count))]);
            var profile = Changed(generated, "person.living_situation", situation);
            var before = PlannedProfiles.Engine.EstimateOrFail(profile);
            foreach (var (question, scale) in scales)
            {
                if (!profile.Answers.TryGetValue(question, out var code) || Array.IndexOf(scale, code) is var at && (at < 0 || at == scale.Length - 1))
                {
                    continue;
                }

                var after = PlannedProfiles.Engine.EstimateOrFail(Changed(profile, question, scale[at + 1]));
                check(before, after, $"{situation}, seed {seed}: {question} {code} → {scale[at + 1]}");
                compared++;
            }
        }

        compared.ShouldBeGreaterThan(ProfilesPerSituation * 5);
    }

    /// <summary>The profile with one answer changed; newly asked questions get their mildest answer, answers no longer asked are dropped.</summary>
    private static NeedsProfile Changed(NeedsProfile profile, string questionId, string code)
    {
        var answers = new Dictionary<string, string>(profile.Answers) { [questionId] = code };
        return profile with { Answers = MildestAnswers.Complete(Questions, answers) };
    }
}
