using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Json;
using Formulate.Engine.Parameters;
using Formulate.Engine.Profiles;
using Formulate.Engine.Tracing;

namespace Formulate.Tests.Engine;

public class JsonAndTraceTests
{
    private static readonly NeedsProfile Profile = ProfileGenerator.Generate(DefaultDefinitions.Definition.Questions, 7);

    private static IEnumerable<TraceStep> Flatten(TraceStep step) => step.Steps.SelectMany(Flatten).Prepend(step);

    [Fact]
    public void NeedsProfile_FromDocumentedJson_EstimatesTheSameAsInMemory()
    {
        var json = """{ "assessmentDate": "2025-06-01", "questionSetVersion": "2025.1", "answers": ANSWERS }"""
            .Replace("ANSWERS", FormulateJson.Serialize(Profile.Answers), StringComparison.Ordinal);

        var parsed = FormulateJson.Deserialize<NeedsProfile>(json)!;

        FormulateJson.Serialize(EngineFixtures.Shipped.EstimateOrFail(parsed))
            .ShouldBe(FormulateJson.Serialize(EngineFixtures.Shipped.EstimateOrFail(Profile)));
    }

    [Fact]
    public void EstimateResult_RoundTripsThroughJson()
    {
        var json = FormulateJson.Serialize(EngineFixtures.Shipped.EstimateOrFail(Profile));

        FormulateJson.Serialize(FormulateJson.Deserialize<EstimateResult>(json)).ShouldBe(json);
    }

    [Fact]
    public void EstimateResult_Json_UsesStablePropertyNames()
    {
        var json = FormulateJson.Serialize(EngineFixtures.Shipped.EstimateOrFail(Profile));

        foreach (var name in new[] { "\"weeklyEstimate\":", "\"allocationSummary\":", "\"totalWeeklyHours\":", "\"qualityStatements\":", "\"whatIfs\":", "\"chc\":", "\"trace\":", "\"versions\":" })
        {
            json.ShouldContain(name);
        }
    }

    [Fact]
    public void Configuration_RoundTripsThroughJson()
    {
        var json = FormulateJson.Serialize(DefaultDefinitions.Definition.Configuration);

        var reloaded = ParameterSetLoader.Load(json, ParameterSetKind.Configuration);

        reloaded.Succeeded.ShouldBeTrue();
        FormulateJson.Serialize(reloaded.Value).ShouldBe(json);
    }

    [Fact]
    public void Trace_RootAmount_IsTheWeeklyEstimateAndEachLineHasItsStep()
    {
        foreach (var profile in ProfileGenerator.Many(DefaultDefinitions.Definition.Questions, 50))
        {
            var result = EngineFixtures.Shipped.EstimateOrFail(profile);
            var steps = Flatten(result.Trace).ToList();

            result.Trace.Amount.ShouldBe(result.WeeklyEstimate);
            result.WeeklyEstimate.ShouldBe(result.AllocationSummary.Sum(line => line.Amount) + result.Adjustments.Sum(adjustment => adjustment.Amount));
            foreach (var line in result.AllocationSummary)
            {
                steps.ShouldContain(step => step.RuleId == line.AreaId && step.Amount == line.Amount, line.AreaId);
            }
        }
    }

    [Fact]
    public void Trace_EveryParameterRead_CarriesItsValueDateAndReference()
    {
        foreach (var profile in ProfileGenerator.Many(DefaultDefinitions.Definition.Questions, 50))
        {
            var result = EngineFixtures.Shipped.EstimateOrFail(profile);
            var reads = Flatten(result.Trace).SelectMany(step => step.Parameters).ToList();

            reads.ShouldNotBeEmpty();
            reads.ShouldAllBe(read => read.Reference.Length > 0 && read.EffectiveFrom <= profile.AssessmentDate);
            reads.ShouldAllBe(read => read.Source == result.Versions.Model || read.Source == result.Versions.Configuration);
        }
    }

    [Fact]
    public void Trace_EveryAnswerRead_IsAQuestionOfTheSet()
    {
        var questions = DefaultDefinitions.Definition.Questions;
        var result = EngineFixtures.Shipped.EstimateOrFail(Profile);

        Flatten(result.Trace).SelectMany(step => step.Answers).ShouldAllBe(read => questions.Find(read.QuestionId) != null);
    }

    [Fact]
    public void Result_CarriesTheVersionStampsOfAllThreeLayers()
    {
        var versions = EngineFixtures.Shipped.EstimateOrFail(Profile).Versions;

        versions.QuestionSet.ShouldBe("formulate-needs-profile@2025.1");
        versions.Model.ShouldBe("formulate-core@2025.1");
        versions.Configuration.ShouldBe("demo-council@2025.3");
    }

    [Fact]
    public void WhatIfs_CoverEveryOtherLivingSituationAndTheContingency()
    {
        var result = EngineFixtures.Shipped.EstimateOrFail(Profile);
        var current = Profile.Answers["person.living_situation"];

        result.WhatIfs.Select(whatIf => whatIf.Id).ShouldBe(
            [.. LivingSituations.All.Where(situation => situation != current).Select(situation => $"living-situation:{situation}"), "without-unpaid-support"]);
        result.WhatIfs.Where(whatIf => whatIf.WeeklyEstimate is not null)
            .ShouldAllBe(whatIf => whatIf.WeeklyEstimate == whatIf.AllocationSummary.Sum(line => line.Amount) + whatIf.Adjustments.Sum(adjustment => adjustment.Amount));
    }
}
