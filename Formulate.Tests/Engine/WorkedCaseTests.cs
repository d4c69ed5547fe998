using Formulate.Engine.Json;

namespace Formulate.Tests.Engine;

public class WorkedCaseTests
{
    [Theory]
    [WorkedCaseData]
    public void Estimate_WorkedCase_GivesTheWholeExpectedBreakdown(string name)
    {
        var workedCase = WorkedCaseDataAttribute.Load(name);

        var result = EngineFixtures.Shipped.EstimateOrFail(workedCase.Profile);

        // Compared as JSON so that a difference anywhere shows exactly which figure moved.
        FormulateJson.Serialize(WorkedCaseExpectationFactory.From(result), indented: true)
            .ShouldBe(FormulateJson.Serialize(workedCase.Expected, indented: true));
    }

    [Fact]
    public void WorkedCases_Together_CoverEveryPrimarySupportReasonAndLivingSituation()
    {
        var cases = Directory.EnumerateFiles(WorkedCaseDataAttribute.Folder, "*.json")
            .Select(path => WorkedCaseDataAttribute.Load(Path.GetFileNameWithoutExtension(path))).ToList();
        var questions = Formulate.Engine.Defaults.DefaultDefinitions.Definition.Questions;

        cases.Count.ShouldBeGreaterThanOrEqualTo(12);
        foreach (var question in new[] { "person.primary_support_reason", "person.living_situation" })
        {
            var covered = cases.Select(workedCase => workedCase.Profile.Answers[question]).ToHashSet();
            questions.Find(question)!.Answers.Select(answer => answer.Code).ShouldBeSubsetOf(covered);
        }

        cases.ShouldContain(workedCase => workedCase.Profile.Answers["person.has_unpaid_carer"] == "yes");
        cases.ShouldContain(workedCase => workedCase.Profile.Answers["person.has_unpaid_carer"] == "no");
        // The council's limits: an estimate above the cap, which the shipped configuration refers to panel.
        cases.ShouldContain(workedCase => workedCase.Expected.QualityStatements.Contains("QA31"));
        cases.ShouldContain(workedCase => workedCase.Expected.Chc.RecommendFullChecklist);
    }
}
