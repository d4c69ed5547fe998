using Formulate.Web.People;

namespace Formulate.Web.SelfAssessments;

/// <summary>Whether a request was matched and given to a practitioner, or what stops it.</summary>
public sealed record MatchRequestResult(bool Matched, bool Gone, IReadOnlyList<FieldError> Errors)
{
    public static MatchRequestResult Done { get; } = new(true, false, []);

    /// <summary>Someone matched it meanwhile, or it was deleted.</summary>
    public static MatchRequestResult NotThere { get; } = new(false, true, []);

    public static MatchRequestResult Invalid(IReadOnlyList<FieldError> errors) => new(false, false, errors);
}
