using System.Security.Claims;
using Formulate.Data.Entities;
using Formulate.Data.Seeding;
using Formulate.Web.People;
using Formulate.Web.Security;

namespace Formulate.Tests.Web.Support;

/// <summary>Signed-in users as the app's services see them, for tests that call the services directly.</summary>
public static class CaseWorkers
{
    public static ClaimsPrincipal Practitioner(string team = DemoAccounts.NorthTeam, string userName = "demo.practitioner") =>
        User(userName, Role.Practitioner, team);

    public static ClaimsPrincipal User(string userName, Role role, string? team)
    {
        var account = new UserAccount { UserName = userName, DisplayName = userName, Team = team, IsActive = true };
        account.Roles.Add(new UserRole { UserAccountId = account.Id, Role = role });
        return AccountPrincipal.Create(account);
    }

    /// <summary>People as a caseload lists them, for choosing whose letters to print.</summary>
    public static IReadOnlyList<CaseloadEntry> Chosen(params Person[] people) =>
    [
        .. people.Select(person => new CaseloadEntry
        {
            PersonId = person.Id,
            CaseReference = person.CaseReference,
            Name = PeopleService.FullName(person),
            Team = person.Team,
        }),
    ];
}
