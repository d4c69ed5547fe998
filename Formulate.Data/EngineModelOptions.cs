using System.ComponentModel.DataAnnotations;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;

namespace Formulate.Data;

/// <summary>
/// <c>Formulate:Engine</c>: which of the shipped models (and so which question set and demo configuration) an installation
/// starts on. It is published as the first version where nothing is published yet; a council already running moves to
/// another model by publishing it with an effective date.
/// </summary>
public sealed class EngineModelOptions : IValidatableObject
{
    public const string SectionName = "Formulate:Engine";

    /// <summary>The version stamp of a shipped model, such as <c>formulate-core@2026.1</c>.</summary>
    public string Model { get; set; } = DefaultDefinitions.Definition.Model.Stamp;

    /// <summary>The shipped definition whose model is <see cref="Model"/>; the first shipped one when it names none.</summary>
    public EngineDefinition Definition =>
        DefaultDefinitions.All.LastOrDefault(definition => definition.Model.Stamp == Model?.Trim()) ?? DefaultDefinitions.Definition;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!DefaultDefinitions.All.Any(definition => definition.Model.Stamp == Model?.Trim()))
        {
            var shipped = string.Join(" or ", DefaultDefinitions.All.Select(d => $"{d.Model.Stamp} ({d.Model.Formula ?? ModelFormulas.ByActivity})"));
            yield return new ValidationResult(
                $"{SectionName}:Model is '{Model}', which is not a model that ships with Formulate. Set it to {shipped}.",
                [nameof(Model)]);
        }
    }
}
