using Formulate.Data.Entities;
using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data.Builders;

public sealed class PersonBuilder
{
    private string _caseReference = $"TEST-{Guid.NewGuid():N}"[..20];
    private string _team = "North Locality Team";
    private DateTimeOffset _createdAt = FixedTimeProvider.DefaultNow;

    public PersonBuilder WithCaseReference(string caseReference)
    {
        _caseReference = caseReference;
        return this;
    }

    public PersonBuilder InTeam(string team)
    {
        _team = team;
        return this;
    }

    public PersonBuilder CreatedAt(DateTimeOffset createdAt)
    {
        _createdAt = createdAt;
        return this;
    }

    public Person Build() => new()
    {
        CaseReference = _caseReference,
        GivenName = "Jo",
        FamilyName = "Bloggs",
        AddressLine1 = "1 High Street",
        AddressLine2 = "Upper Flat",
        Town = "Anytown",
        Postcode = "AN1 1AA",
        Team = _team,
        CreatedAt = _createdAt,
        CreatedBy = "test.practitioner",
    };
}
