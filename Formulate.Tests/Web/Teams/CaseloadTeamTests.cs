using Formulate.Data.Entities;
using Formulate.Data.Profiles;
using Formulate.Data.Seeding;
using Formulate.Engine;
using Formulate.Tests.Web.Support;
using Formulate.Web.People;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Teams;

public sealed class CaseloadTeamTests
{
    [Fact]
    public async Task ListCaseloadAsync_ProfileForOwnTeamsPerson_ShowsItsStatusAndOnlyOwnTeam()
    {
        using var factory = new FormulateWebFactory();
        var people = factory.Services.GetRequiredService<PeopleService>();
        var north = CaseWorkers.Practitioner();
        var person = (await people.ListCaseloadAsync(north))[0];
        var questions = factory.Services.GetRequiredService<FormulateEngine>().Definition.Questions;
        await factory.Services.GetRequiredService<NeedsProfileStore>()
            .CreateAsync(person.PersonId, new DateOnly(2026, 11, 22), questions.Version, "demo.practitioner");

        var caseload = await people.ListCaseloadAsync(north);

        caseload.ShouldAllBe(entry => entry.Team == DemoAccounts.NorthTeam);
        caseload.Single(entry => entry.PersonId == person.PersonId).LatestProfileStatus.ShouldBe(NeedsProfileStatus.Draft);
    }
}
