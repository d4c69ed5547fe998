namespace Formulate.Web.People;

/// <summary>Whether a person's changed details were saved, and if not, what stops them.</summary>
public sealed record ChangePersonResult(ChangePersonStatus Status, IReadOnlyList<FieldError> Errors)
{
    public static ChangePersonResult Saved { get; } = new(ChangePersonStatus.Saved, []);

    public static ChangePersonResult Conflict { get; } = new(ChangePersonStatus.Conflict, []);

    public static ChangePersonResult NotFound { get; } = new(ChangePersonStatus.NotFound, []);

    public static ChangePersonResult Forbidden { get; } = new(ChangePersonStatus.Forbidden, []);

    public static ChangePersonResult Invalid(IReadOnlyList<FieldError> errors) => new(ChangePersonStatus.Invalid, errors);
}
