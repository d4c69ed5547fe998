using Formulate.Engine.Questions;
using Formulate.Engine.Profiles;

namespace Formulate.Tests.Web.SelfAssessment;

/// <summary>
/// A small self-assessment whose indicative figure is worked out by hand from the shipped model (formulate-core@2025.1)
/// and the demo council's rates (demo-council@2025.3, which the version with the figure switched on copies):
/// <list type="bullet">
/// <item>Jobs around the home: "most" is 2 hours a week (<c>home_environment.hours.most</c>), plus laundry 0.5
/// and shopping 1.0 (<c>home_environment.extra_hours.*</c>) = 3.5 hours. The person's own strengths meet "some" of it,
/// taking off 0.25 (<c>deduction.strengths.some</c>); nobody else helps: 3.5 × 0.75 = 2.625, rounded to 2.63 hours
/// (two places, half away from zero). At home, alone: the homecare rate, £21.64 an hour: 2.63 × 21.64 = £56.9132,
/// rounded to the penny: £56.91.</item>
/// <item>Seeing family and friends: "some" is 2 hours a week (<c>relationships.hours.some</c>), nothing met in other ways,
/// at the community support rate, £18.88 an hour (the person is not asked the primary support reason, so not the
/// learning disability rate): 2 × 18.88 = £37.76.</item>
/// <item>Every other need "none" (or no): nothing. £56.91 + £37.76 = £94.67, above the £25 minimum and below the
/// £1,600 cap: £94.67 a week, for 4.63 hours.</item>
/// </list>
/// </summary>
public static class HandWorkedSelfAssessment
{
    public const decimal Weekly = 94.67m;

    public const string HouseholdLine = "Help with jobs around the home: 2 hours 38 minutes a week, £56.91";

    public const string RelationshipsLine = "Help to see family and friends: 2 hours a week, £37.76";

    /// <summary>The answers chosen; every other question asked takes its first answer, which is "none", "no" or the like.</summary>
    private static readonly Dictionary<string, string> Chosen = new()
    {
        ["person.age_band"] = "65_74",
        ["person.living_situation"] = "own_home_alone",
        ["person.has_unpaid_carer"] = "no",
        ["home_environment.need"] = "most",
        ["home_environment.met_by_strengths"] = "some",
        ["home_environment.met_by_community"] = "none",
        ["home_environment.laundry"] = "yes",
        ["home_environment.shopping"] = "yes",
        ["relationships.need"] = "some",
        ["relationships.met_by_strengths"] = "none",
        ["relationships.met_by_community"] = "none",
        ["child_care.has_children"] = "no",
        ["behaviour.present"] = "no",
        ["communication.interpreter"] = "no",
        ["emotional.services"] = "no",
        ["health.tasks"] = "no",
        ["health.any_needs"] = "no",
    };

    /// <summary>The answer to give to <paramref name="questionId"/>, from those <paramref name="offered"/>.</summary>
    public static string Choose(string questionId, IReadOnlyList<string> offered) => Chosen.GetValueOrDefault(questionId) ?? offered[0];

    /// <summary>Each chosen answer by its position among the question's answers (from 0), for choosing it with the keyboard.</summary>
    public static IReadOnlyDictionary<string, int> Positions(QuestionSet questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        return Chosen.ToDictionary(chosen => chosen.Key, chosen => questions.Find(chosen.Key)!.Answers.ToList().FindIndex(answer => answer.Code == chosen.Value));
    }

    /// <summary>Every question a self-assessment asks, answered as the person above, in the order asked.</summary>
    public static IReadOnlyDictionary<string, string> Answers(QuestionSet questions) =>
        AnswersAsked(questions, new Dictionary<string, string>(), next => Choose(next.Id, [.. next.Answers.Select(answer => answer.Code)]));

    /// <summary>
    /// <paramref name="given"/>, and an answer <paramref name="choose"/>s for each question a self-assessment asks after
    /// them, in the order asked: a walk through its pages, made without them.
    /// </summary>
    public static Dictionary<string, string> AnswersAsked(QuestionSet questions, IReadOnlyDictionary<string, string> given, Func<Question, string> choose)
    {
        ArgumentNullException.ThrowIfNull(choose);
        var answers = new Dictionary<string, string>(given);
        for (var next = NextAsked(questions, answers); next is not null; next = NextAsked(questions, answers))
        {
            answers[next.Id] = choose(next);
        }

        return answers;
    }

    private static Question? NextAsked(QuestionSet questions, Dictionary<string, string> answers) =>
        new VisibleAnswers(questions, answers).VisibleQuestions().FirstOrDefault(question => question.SelfAssessment && !answers.ContainsKey(question.Id));
}
