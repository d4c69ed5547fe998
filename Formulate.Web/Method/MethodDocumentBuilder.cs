using Formulate.Analysis.Text;
using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;

namespace Formulate.Web.Method;

/// <summary>Builds the method document from an engine definition, so that it always describes the versions in use.</summary>
public static class MethodDocumentBuilder
{
    public static MethodDocument Build(EngineDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new MethodDocument
        {
            CouncilName = definition.Configuration.Council?.Name ?? definition.Configuration.Title,
            QuestionSetTitle = definition.Questions.Title,
            QuestionSetStamp = definition.Stamp.QuestionSet,
            QuestionCount = definition.Questions.Count,
            Sections = [.. definition.Questions.Sections.Select(section => section.Title)],
            Blocks = MethodBlocks.For(definition.Model.Formula),
            Model = Layer("The model parameters", definition.Model),
            Configuration = Layer("The council's rates and decisions", definition.Configuration),
        };
    }

    private static MethodParameterSet Layer(string heading, ParameterSet set) => new()
    {
        Heading = heading,
        Title = set.Title,
        Stamp = set.Stamp,
        Description = set.Description,
        Parameters = [.. set.Parameters.Select(parameter => new MethodParameter
        {
            Key = parameter.Key,
            Label = parameter.Label,
            Unit = parameter.Unit,
            Description = parameter.Description,
            Values = [.. parameter.Values.Select(value => new MethodValue
            {
                Value = ValueText(value.Value, parameter.Unit),
                From = value.From,
                Reference = value.Reference,
            })],
        })],
    };

    /// <summary>A value in its unit; a yes/no decision reads "Yes" or "No".</summary>
    public static string ValueText(decimal value, string unit) =>
        unit == "yes/no" ? (value != 0m ? "Yes" : "No") : Pounds.WithUnit(value, unit);
}
