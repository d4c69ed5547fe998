using Formulate.Engine.Parameters;
using Formulate.Engine.Questions;

namespace Formulate.Engine.Estimation;

/// <summary>The three versioned layers an estimate is made from.</summary>
public sealed record EngineDefinition
{
    public required QuestionSet Questions { get; init; }

    public required ParameterSet Model { get; init; }

    public required ParameterSet Configuration { get; init; }

    public VersionStamp Stamp => new()
    {
        QuestionSet = $"{Questions.Id}@{Questions.Version}",
        Model = Model.Stamp,
        Configuration = Configuration.Stamp,
    };
}
