using Formulate.Engine.Defaults;
using Formulate.Engine.Json;
using Formulate.Engine.Profiles;

namespace Formulate.Tests.Engine.CareAsPlanned;

/// <summary>A question marked as recorded for the plan only changes nothing the engine works out from the answers.</summary>
public class PlanOnlyQuestionTests
{
    public static TheoryData<string> PlanOnly =>
        [.. DefaultDefinitions.CareAsPlanned.Questions.Questions.Where(question => question.RecordedForPlanOnly).Select(question => question.Id)];

    [Theory]
    [MemberData(nameof(PlanOnly))]
    public void Estimate_AnyAnswerToAPlanOnlyQuestion_ChangesNoFigureStatementOrPrediction(string questionId)
    {
        var question = DefaultDefinitions.CareAsPlanned.Questions.Find(questionId)!;
        var checkedProfiles = 0;
        for (var seed = 1; seed <= 30; seed++)
        {
            var profile = ProfileGenerator.Generate(DefaultDefinitions.CareAsPlanned.Questions, seed);
            if (!profile.Answers.ContainsKey(questionId))
            {
                continue;
            }

            var first = Figures(profile with { Answers = With(profile, questionId, question.Answers[0].Code) });
            foreach (var answer in question.Answers.Skip(1))
            {
                Figures(profile with { Answers = With(profile, questionId, answer.Code) }).ShouldBe(first, $"{questionId} = {answer.Code}, seed {seed}");
            }

            checkedProfiles++;
        }

        checkedProfiles.ShouldBeGreaterThan(0);
    }

    private static Dictionary<string, string> With(NeedsProfile profile, string questionId, string code) =>
        new(profile.Answers) { [questionId] = code };

    private static string Figures(NeedsProfile profile)
    {
        var result = PlannedProfiles.Engine.EstimateOrFail(profile);
        return FormulateJson.Serialize(new
        {
            result.WeeklyEstimate,
            result.AllocationSummary,
            result.WhatIfs,
            Statements = result.QualityStatements.Select(statement => statement.Code),
            Chc = result.Chc.Domains.Select(domain => $"{domain.Domain}:{domain.Level}"),
        });
    }
}
