using System.Text.Json.Nodes;
using Formulate.Engine.Defaults;
using Formulate.Engine.Parameters;
using Formulate.Engine.Questions;

namespace Formulate.Tests.Engine;

public class ParameterSetLoaderTests
{
    [Fact]
    public void Load_ShippedConfiguration_CitesASourceForEveryValue()
    {
        var configuration = DefaultDefinitions.Definition.Configuration;

        configuration.Council!.Name.ShouldNotBeNullOrWhiteSpace();
        configuration.Parameters.SelectMany(parameter => parameter.Values).ShouldAllBe(value => value.Reference.Length > 10);
        configuration.Parameters.Where(parameter => parameter.Key.StartsWith("rate.", StringComparison.Ordinal)).Count().ShouldBeGreaterThan(10);
    }

    [Fact]
    public void Load_ShippedModel_IsAModelParameterSet()
    {
        DefaultDefinitions.Definition.Model.Kind.ShouldBe(ParameterSetKind.Model);
        DefaultDefinitions.Definition.Model.Parameters.Count.ShouldBeGreaterThan(80);
    }

    [Theory]
    [InlineData("{not json", "is not valid JSON at line 1, character 2")]
    [InlineData("{\n  \"kind\": \"model\",\n  \"id\": ", "is not valid JSON at line 3")]
    [InlineData("[]", "is not a parameter set")]
    [InlineData("{\"kind\":\"model\",\"id\":\"formulate-core\",\"version\":\"2026.1\",\"parameters\":[]}", "lacks 'title'")]
    [InlineData("{\"kind\":\"model\",\"colour\":\"red\"}", "'colour' is not a part of a parameter set")]
    [InlineData("{\"kind\":\"model\",\"parameters\":7}", "$.parameters has a value of the wrong kind")]
    public void Load_NotAParameterSet_SaysWhereInWordsWithoutTheReadersInternals(string json, string expected)
    {
        var problem = ParameterSetLoader.Load(json, ParameterSetKind.Model).Problems.ShouldHaveSingleItem();

        problem.Where.ShouldBe("document");
        problem.Message.ShouldContain(expected);
        problem.Message.ShouldNotContain("Formulate.Engine");
        problem.Message.ShouldNotContain("LineNumber");
        problem.Message.ShouldNotContain("deserialization");
    }

    [Fact]
    public void Load_DuplicateKey_ReportsIt()
    {
        var problems = LoadConfigurationWith(parameters => parameters.Add(parameters[0]!.DeepClone()));

        problems.ShouldContain(problem => problem.Where == "rate.home_care" && problem.Message.Contains("more than once"));
    }

    [Fact]
    public void Load_ValuesOutOfDateOrder_ReportsIt()
    {
        var problems = LoadConfigurationWith(parameters =>
            parameters[0]!["values"]!.AsArray().Add(new JsonObject { ["from"] = "2020-04-01", ["value"] = 15, ["reference"] = "An older rate" }));

        problems.ShouldContain(problem => problem.Where == "rate.home_care" && problem.Message.Contains("out of date order"));
    }

    [Fact]
    public void Load_NegativeValueAndMissingReference_ReportsEach()
    {
        var problems = LoadConfigurationWith(parameters =>
        {
            parameters[0]!["values"]![0]!["value"] = -1;
            parameters[1]!["values"]![0]!["reference"] = " ";
        });

        problems.ShouldContain(problem => problem.Where == "rate.home_care" && problem.Message.Contains("negative"));
        problems.ShouldContain(problem => problem.Where == "rate.supported_living" && problem.Message.Contains("no reference"));
    }

    [Fact]
    public void Load_PercentageOverOneHundred_ReportsIt()
    {
        var problems = LoadConfigurationWith(parameters =>
            parameters.Single(p => (string?)p!["key"] == "policy.accuracy_tolerance_percent")!["values"]![0]!["value"] = 120);

        problems.ShouldHaveSingleItem().Message.ShouldContain("is 120 percent from 2025-04-01; a percentage here is at most 100");
    }

    [Fact]
    public void Load_ParameterWithoutValues_ReportsIt()
    {
        var problems = LoadConfigurationWith(parameters => parameters[2]!["values"] = new JsonArray());

        problems.ShouldContain(problem => problem.Where == "rate.community_support" && problem.Message.Contains("no values"));
    }

    [Fact]
    public void Load_ModelWhereConfigurationExpected_ReportsWrongKind()
    {
        var result = ParameterSetLoader.Load(DefaultDefinitions.ModelJson, ParameterSetKind.Configuration);

        result.Problems.ShouldContain(problem => problem.Message.Contains("council configuration was expected"));
        result.Problems.ShouldContain(problem => problem.Where == "council");
    }

    [Fact]
    public void Load_UnknownProperty_IsRejected()
    {
        var document = JsonNode.Parse(DefaultDefinitions.ConfigurationJson)!;
        document["parameters"]![0]!["valeu"] = 3;

        var result = ParameterSetLoader.Load(document.ToJsonString(), ParameterSetKind.Configuration);

        result.Succeeded.ShouldBeFalse();
        result.Problems.Single().Message.ShouldContain("valeu");
    }

    [Fact]
    public void At_DateBetweenValues_ReturnsTheValueInForce()
    {
        var fnc = DefaultDefinitions.Definition.Configuration.Find("nhs.funded_nursing_care_weekly")!;

        fnc.At(new DateOnly(2025, 3, 31)).ShouldBeNull();
        fnc.At(new DateOnly(2026, 3, 31))!.Value.ShouldBe(254.06m);
        fnc.At(new DateOnly(2026, 4, 1))!.Value.ShouldBe(267.68m);
    }

    private static IReadOnlyList<LoadProblem> LoadConfigurationWith(Action<JsonArray> change)
    {
        var document = JsonNode.Parse(DefaultDefinitions.ConfigurationJson)!;
        change(document["parameters"]!.AsArray());
        var result = ParameterSetLoader.Load(document.ToJsonString(), ParameterSetKind.Configuration);
        result.Succeeded.ShouldBeFalse();
        return result.Problems;
    }
}
