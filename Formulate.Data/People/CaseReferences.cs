using Formulate.Data.Entities;

namespace Formulate.Data.People;

/// <summary>
/// Case management systems treat "ab123" and "AB123" as one reference; so does Formulate, to keep one record a person
/// and find it however the reference is typed.
/// </summary>
public static class CaseReferences
{
    public static IQueryable<Person> WithCaseReference(this IQueryable<Person> people, string caseReference)
    {
        ArgumentNullException.ThrowIfNull(caseReference);
        var upper = caseReference.Trim().ToUpperInvariant();
        // The database compares with UPPER(); a StringComparison cannot be translated to SQL.
#pragma warning disable CA1862
        return people.Where(person => person.CaseReference.ToUpper() == upper);
#pragma warning restore CA1862
    }
}
