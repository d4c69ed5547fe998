namespace Formulate.Web.People;

/// <summary>The new person's id, or what stops them being added.</summary>
public sealed record AddPersonResult(Guid? PersonId, IReadOnlyList<FieldError> Errors)
{
    public static AddPersonResult Added(Guid personId) => new(personId, []);

    public static AddPersonResult Invalid(IReadOnlyList<FieldError> errors) => new(null, errors);
}
