using Formulate.Data.Entities;
using Formulate.Data.Protection;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.People;

/// <summary>
/// Case management systems treat "ab123" and "AB123" as one reference; so does Formulate, to keep one record a person
/// and find it however the reference is typed. References are found by their keyed hash (<see cref="CaseReferenceHash"/>).
/// </summary>
public static class CaseReferences
{
    public static IQueryable<Person> PeopleWithCaseReference(this FormulateDbContext context, string caseReference)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(caseReference);
        var hash = CaseReferenceHash.Of(context, caseReference);
        return context.People.Where(person => EF.Property<string?>(person, CaseReferenceHash.Column) == hash);
    }
}
