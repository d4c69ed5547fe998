using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Engine.Profiles;
using Formulate.Tests.Web.SelfAssessment;

namespace Formulate.Tests.Engine.SelfAssessment;

public sealed class EstimateFromSelfAssessmentTests
{
    private static readonly FormulateEngine Engine = new(DefaultDefinitions.Definition);

    private static NeedsProfile Profile(IReadOnlyDictionary<string, string> answers) =>
        new() { AssessmentDate = new DateOnly(2026, 12, 7), Answers = answers };

    [Fact]
    public void EstimateFromSelfAssessment_OnlyTheQuestionsThePersonIsAsked_GivesTheHandWorkedFigureWhereEstimateRefuses()
    {
        var answers = HandWorkedSelfAssessment.Answers(Engine.Definition.Questions);

        var practitioners = Engine.Estimate(Profile(answers));
        var persons = Engine.EstimateFromSelfAssessment(Profile(answers));

        practitioners.IsValid.ShouldBeFalse();
        practitioners.Problems.Where(p => p.Kind == ValidationProblemKind.MissingRequiredAnswer).Select(p => p.QuestionId)
            .ShouldBe(["person.eligibility_decided", "person.primary_support_reason"], ignoreOrder: true);
        persons.Result.ShouldNotBeNull().WeeklyEstimate.ShouldBe(HandWorkedSelfAssessment.Weekly);
        persons.Result.TotalWeeklyHours.ShouldBe(4.63m);
    }

    [Fact]
    public void EstimateFromSelfAssessment_AQuestionThePersonIsAskedLeftUnanswered_IsRefusedNamingIt()
    {
        var answers = new Dictionary<string, string>(HandWorkedSelfAssessment.Answers(Engine.Definition.Questions));
        answers.Remove("night.need");

        var outcome = Engine.EstimateFromSelfAssessment(Profile(answers));

        outcome.IsValid.ShouldBeFalse();
        outcome.Problems.Select(p => (p.Kind, p.QuestionId)).ShouldBe([(ValidationProblemKind.MissingRequiredAnswer, "night.need")]);
    }
}
