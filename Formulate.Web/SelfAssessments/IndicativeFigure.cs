using Formulate.Engine.Estimation;
using Formulate.Engine.Profiles;

namespace Formulate.Web.SelfAssessments;

/// <summary>
/// What the engine made of a person's own answers under the council configuration in force: the estimate, or the
/// problems that stop one (the page then says no guide can be given, never £0).
/// </summary>
public sealed record IndicativeFigure
{
    public required VersionStamp Versions { get; init; }

    public EstimateResult? Result { get; init; }

    public IReadOnlyList<ValidationProblem> Problems { get; init; } = [];

    public decimal? Weekly => Result?.WeeklyEstimate;
}
