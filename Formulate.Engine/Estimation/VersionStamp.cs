namespace Formulate.Engine.Estimation;

/// <summary>Which question set, model parameters and configuration produced a result, each as id@version.</summary>
public sealed record VersionStamp
{
    public required string QuestionSet { get; init; }

    public required string Model { get; init; }

    public required string Configuration { get; init; }
}
