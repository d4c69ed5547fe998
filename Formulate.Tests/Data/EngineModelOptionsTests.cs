using Formulate.Data;
using Formulate.Engine.Defaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Formulate.Tests.Data;

public sealed class EngineModelOptionsTests
{
    [Fact]
    public void AddFormulateData_NoModelSet_StartsOnTheFirstShippedModel() =>
        Resolve(new Dictionary<string, string?>()).Definition.ShouldBeSameAs(DefaultDefinitions.Definition);

    [Fact]
    public void AddFormulateData_CareAsPlannedModelSet_StartsOnItsDefinition() =>
        Resolve(new Dictionary<string, string?> { ["Formulate:Engine:Model"] = "formulate-core@2026.1" }).Definition.ShouldBeSameAs(DefaultDefinitions.CareAsPlanned);

    [Theory]
    [InlineData("formulate-core@2027.1")]
    [InlineData("care-as-planned")]
    [InlineData("")]
    public void AddFormulateData_ModelThatDoesNotShip_FailsValidationNamingTheModelsThatDo(string model)
    {
        var error = Should.Throw<OptionsValidationException>(() => Resolve(new Dictionary<string, string?> { ["Formulate:Engine:Model"] = model }));

        error.Message.ShouldContain($"Formulate:Engine:Model is '{model}', which is not a model that ships with Formulate. " +
            "Set it to formulate-core@2025.1 (by-activity) or formulate-core@2026.1 (care-as-planned).");
    }

    private static EngineModelOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddFormulateData(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<EngineModelOptions>>().Value;
    }
}
