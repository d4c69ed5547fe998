using Formulate.Data.Entities;

namespace Formulate.Data.Seeding;

/// <summary>Fictional people with fictional addresses, in two teams.</summary>
public static class DemoPeople
{
    public const string CreatedBy = "demo-seed";

    public static IReadOnlyList<Person> Create(DateTimeOffset now) =>
    [
        Make("DEMO-0001", "Ada", "Thornton", "12 Mill Lane", "Northby", "NB1 2AA", DemoAccounts.NorthTeam, now),
        Make("DEMO-0002", "Ravi", "Chandra", "Flat 3, 40 Station Road", "Northby", "NB2 7QT", DemoAccounts.NorthTeam, now),
        Make("DEMO-0003", "Margaret", "O'Neill", "7 Orchard Close", "Northby", "NB4 1HS", DemoAccounts.NorthTeam, now),
        Make("DEMO-0004", "Samuel", "Okafor", "88 Harbour Street", "Southwick", "SW3 9LP", DemoAccounts.SouthTeam, now),
        Make("DEMO-0005", "Eleri", "Price", "2 Chapel Row", "Southwick", "SW1 4DE", DemoAccounts.SouthTeam, now),
        Make("DEMO-0006", "Tomasz", "Nowak", "15 Beech Avenue", "Southwick", "SW6 3RN", DemoAccounts.SouthTeam, now),
    ];

    private static Person Make(
        string caseReference, string givenName, string familyName, string addressLine1, string town, string postcode, string team, DateTimeOffset now) =>
        new()
        {
            CaseReference = caseReference,
            GivenName = givenName,
            FamilyName = familyName,
            AddressLine1 = addressLine1,
            Town = town,
            Postcode = postcode,
            Team = team,
            CreatedAt = now,
            CreatedBy = CreatedBy,
        };
}
