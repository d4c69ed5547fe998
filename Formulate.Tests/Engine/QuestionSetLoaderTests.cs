using System.Text.Json.Nodes;
using Formulate.Engine.Defaults;
using Formulate.Engine.Json;
using Formulate.Engine.Quality;
using Formulate.Engine.Questions;

namespace Formulate.Tests.Engine;

public class QuestionSetLoaderTests
{
    private static readonly QuestionSet Shipped = DefaultDefinitions.Definition.Questions;

    [Fact]
    public void Load_ShippedQuestionSet_HasAtLeast110CompleteQuestions()
    {
        Shipped.Count.ShouldBeGreaterThanOrEqualTo(110);
        Shipped.Version.ShouldNotBeNullOrWhiteSpace();
        Shipped.Questions.ShouldAllBe(question =>
            question.Text.Length > 0 && question.CitizenText.Length > 0 && question.Answers.Count >= 2 && question.Text != question.CitizenText);
    }

    [Fact]
    public void Load_ShippedQuestionSet_CoversEveryCareActOutcome()
    {
        foreach (var (outcome, _) in CareActOutcomes.All)
        {
            foreach (var part in new[] { "need", "met_by_strengths", "met_by_community", "unpaid", "unpaid_sustainable" })
            {
                Shipped.Find($"{outcome}.{part}").ShouldNotBeNull($"{outcome}.{part}");
            }
        }
    }

    [Theory]
    [InlineData("person.age_band")]
    [InlineData("person.primary_support_reason")]
    [InlineData("person.living_situation")]
    [InlineData("person.lives_with")]
    [InlineData("mobility.transfers")]
    [InlineData("mobility.equipment")]
    [InlineData("cognition.memory")]
    [InlineData("communication.expressing")]
    [InlineData("behaviour.frequency")]
    [InlineData("behaviour.risk")]
    [InlineData("night.need")]
    [InlineData("medication.support")]
    [InlineData("carer.sustainability")]
    [InlineData("carer.breaks_needed")]
    [InlineData("health.breathing")]
    [InlineData("health.skin")]
    [InlineData("health.consciousness")]
    public void Load_ShippedQuestionSet_AsksAbout(string questionId) => Shipped.Find(questionId).ShouldNotBeNull();

    [Fact]
    public void Load_ShippedQuestionSet_OffersEveryNationalPrimarySupportReason()
    {
        Shipped.Find("person.primary_support_reason")!.Answers.Count.ShouldBe(11);
    }

    [Fact]
    public void Load_DuplicateQuestionId_ReportsIt()
    {
        var problems = LoadWith(questions => questions.Add(questions[0]!.DeepClone()));

        problems.ShouldContain(problem => problem.Where == "person.eligibility_decided" && problem.Message.Contains("duplicate"));
    }

    [Fact]
    public void Load_ConditionOnUnknownQuestion_ReportsDanglingReference()
    {
        var problems = LoadWith(questions => questions[4]!["visibleWhen"] = "person.nonexistent == 'yes'");

        problems.ShouldContain(problem => problem.Where == "person.lives_with" && problem.Message.Contains("'person.nonexistent'"));
    }

    [Fact]
    public void Load_ConditionOnLaterQuestion_ReportsIt()
    {
        var problems = LoadWith(questions => questions[1]!["visibleWhen"] = "carer.works == 'yes'");

        problems.ShouldContain(problem => problem.Where == "person.age_band" && problem.Message.Contains("not a question asked before this one"));
    }

    [Fact]
    public void Load_MalformedCondition_ReportsWhereAndWhy()
    {
        var problems = LoadWith(questions => questions[4]!["visibleWhen"] = "person.living_situation = 'own_home_alone'");

        problems.ShouldContain(problem => problem.Where == "person.lives_with" && problem.Message.Contains("malformed") && problem.Message.Contains("position"));
    }

    [Fact]
    public void Load_ConditionOnAnswerNotOffered_ReportsIt()
    {
        var problems = LoadWith(questions => questions[4]!["visibleWhen"] = "person.living_situation == 'castle'");

        problems.ShouldContain(problem => problem.Message.Contains("'castle'"));
    }

    [Fact]
    public void Load_UnknownSectionAndTooFewAnswers_ReportsBoth()
    {
        var problems = LoadWith(questions =>
        {
            questions[0]!["section"] = "nowhere";
            questions[1]!["answers"] = new JsonArray(new JsonObject { ["code"] = "only", ["label"] = "Only" });
        });

        problems.ShouldContain(problem => problem.Message.Contains("'nowhere'"));
        problems.ShouldContain(problem => problem.Where == "person.age_band" && problem.Message.Contains("at least two answers"));
    }

    [Fact]
    public void Load_NotJson_SaysSo()
    {
        var result = QuestionSetLoader.Load("{ not json");

        result.Succeeded.ShouldBeFalse();
        result.Problems.Single().Message.ShouldContain("not a valid question set");
    }

    [Fact]
    public void Export_ShippedQuestionSet_RoundTripsThroughJson()
    {
        var json = FormulateJson.Serialize(Shipped);
        var reloaded = QuestionSetLoader.Load(json);

        reloaded.Succeeded.ShouldBeTrue();
        FormulateJson.Serialize(reloaded.Value).ShouldBe(json);
    }

    [Fact]
    public void Load_BlankCitizenLabel_SaysWhichAnswer()
    {
        var problems = LoadWith(questions => questions[1]!["answers"]![0]!["citizenLabel"] = " ");

        problems.ShouldContain(problem => problem.Where == "person.age_band" && problem.Message.Contains("empty citizenLabel of answer '18_24'"));
    }

    [Fact]
    public void Load_TheyLabelWithoutYouLabel_AsksForTheYouLabel()
    {
        var problems = LoadWith(questions => questions[1]!["answers"]![0]!["citizenLabelThey"] = "They are 18 to 24");

        problems.ShouldContain(problem => problem.Where == "person.age_band" && problem.Message.Contains("'18_24' has a citizenLabelThey but no citizenLabel"));
    }

    [Fact]
    public void Load_SelfAssessedQuestionDependingOnOneNotAsked_ReportsIt()
    {
        var problems = LoadWith(questions => questions[3]!["selfAssessment"] = false);

        problems.ShouldContain(problem => problem.Where == "person.lives_with" && problem.Message.Contains("depends on 'person.living_situation', which is not"));
    }

    private static IReadOnlyList<LoadProblem> LoadWith(Action<JsonArray> change)
    {
        var document = JsonNode.Parse(DefaultDefinitions.QuestionSetJson)!;
        change(document["questions"]!.AsArray());
        var result = QuestionSetLoader.Load(document.ToJsonString());
        result.Succeeded.ShouldBeFalse();
        return result.Problems;
    }
}
