using Formulate.Engine.Profiles;

namespace Formulate.Engine.Estimation;

/// <summary>Either an estimate, or every problem that stops one being made. Never both, never neither.</summary>
public sealed record EstimateOutcome
{
    public EstimateResult? Result { get; init; }

    public IReadOnlyList<ValidationProblem> Problems { get; init; } = [];

    public bool IsValid => Result is not null;

    public static EstimateOutcome Invalid(IReadOnlyList<ValidationProblem> problems) => new() { Problems = problems };

    public static EstimateOutcome Valid(EstimateResult result) => new() { Result = result };
}
