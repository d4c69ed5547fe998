using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;

namespace Formulate.Tests.Engine.CareAsPlanned;

public class CareAsPlannedDefinitionTests
{
    private static readonly EngineDefinition Definition = DefaultDefinitions.CareAsPlanned;

    /// <summary>The questions whose answers go into the care and support plan only; listed here so that adding one is a decision.</summary>
    private static readonly string[] RecordedForPlanOnly =
    [
        "person.age_band", "person.lives_with", "needs.fluctuate", "work.activity", "cognition.diagnosis",
        "communication.method", "communication.interpreter", "behaviour.support_plan", "emotional.services",
        "carer.relationship", "carer.hours_per_week", "carer.health", "carer.own_needs", "carer.works",
    ];

    [Fact]
    public void CareAsPlanned_Loads_WithItsStampsAndFormula()
    {
        Definition.Stamp.QuestionSet.ShouldBe("formulate-needs-profile@2026.1");
        Definition.Stamp.Model.ShouldBe("formulate-core@2026.1");
        Definition.Stamp.Configuration.ShouldBe("demo-council@2026.1");
        Definition.Model.Formula.ShouldBe(ModelFormulas.CareAsPlanned);
    }

    [Fact]
    public void Definition_TodaysModel_NamesNoFormulaSoItKeepsTheFirst()
    {
        DefaultDefinitions.Definition.Model.Formula.ShouldBeNull();
        DefaultDefinitions.All.Select(definition => definition.Stamp.QuestionSet)
            .ShouldBe(["formulate-needs-profile@2025.1", "formulate-needs-profile@2026.1"]);
    }

    [Fact]
    public void CareAsPlanned_RecordedForPlanOnly_IsExactlyTheListedQuestions()
    {
        Definition.Questions.Questions.Where(question => question.RecordedForPlanOnly).Select(question => question.Id)
            .ShouldBe(RecordedForPlanOnly, ignoreOrder: true);
    }

    [Theory]
    [InlineData("hygiene.met_by_strengths")]
    [InlineData("community.met_by_strengths")]
    [InlineData("hygiene.met_by_community")]
    [InlineData("toileting.met_by_community")]
    [InlineData("dressing.met_by_community")]
    [InlineData("nutrition.meals_per_day")]
    [InlineData("medication.times_per_day")]
    public void CareAsPlanned_DropsQuestionsThatCountANeedTwiceOrNoLongerApply(string questionId) =>
        Definition.Questions.Find(questionId).ShouldBeNull();

    [Theory]
    [InlineData("personal_care.morning")]
    [InlineData("personal_care.bedtime")]
    [InlineData("nutrition.midday")]
    [InlineData("medication.bedtime")]
    [InlineData("support.arrangement")]
    [InlineData("community.days_per_week")]
    [InlineData("community.carer_break")]
    [InlineData("home_safety.others_present")]
    [InlineData("night.shared")]
    [InlineData("carer.willing")]
    [InlineData("care_home.type")]
    public void CareAsPlanned_AsksForCareTheWayItIsPlanned(string questionId) =>
        Definition.Questions.Find(questionId).ShouldNotBeNull();

    [Fact]
    public void Load_FormulaOnAConfiguration_IsAProblemSayingWhereItBelongs()
    {
        var json = DefaultDefinitions.ConfigurationJson.Replace("\"kind\": \"configuration\",", "\"kind\": \"configuration\", \"formula\": \"care-as-planned\",", StringComparison.Ordinal);

        var result = ParameterSetLoader.Load(json, ParameterSetKind.Configuration);

        result.Problems.ShouldContain(problem => problem.Where == "formula" && problem.Message.Contains("belongs on a model", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownFormula_NamesTheFormulasThereAre()
    {
        var json = DefaultDefinitions.CareAsPlannedModelJson.Replace("\"formula\": \"care-as-planned\"", "\"formula\": \"by-magic\"", StringComparison.Ordinal);

        var result = ParameterSetLoader.Load(json, ParameterSetKind.Model);

        result.Problems.ShouldContain(problem => problem.Where == "formula" && problem.Message.Contains("by-activity, care-as-planned", StringComparison.Ordinal));
    }
}
