using System.Net;
using Formulate.Data;
using Formulate.Data.People;
using Formulate.Data.Profiles;
using Formulate.Data.Seeding;
using Formulate.Engine;
using Formulate.Tests.Web.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Teams;

/// <summary>demo.practitioner and demo.manager are in the North Locality Team; DEMO-0004 is in the South Locality Team.</summary>
public sealed class TeamAccessTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    [Theory]
    [InlineData("demo.practitioner")]
    [InlineData("demo.manager")]
    public async Task Caseload_TeamMember_ListsOnlyTheirTeamsPeople(string userName)
    {
        using var session = factory.NewSession();
        await session.SignInAsync(userName);

        var page = await session.GetPageAsync("/caseload");

        var rows = page.Document.QuerySelectorAll("tbody tr").Select(row => row.TextContent).ToList();
        rows.ShouldContain(row => row.Contains("DEMO-0001", StringComparison.Ordinal));
        rows.ShouldAllBe(row => row.Contains(DemoAccounts.NorthTeam));
        rows.ShouldNotContain(row => row.Contains("DEMO-0004", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/people/{person}")]
    [InlineData("/people/{person}/change-details")]
    [InlineData("/people/{person}/letter")]
    [InlineData("/people/{person}/letter.pdf")]
    [InlineData("/profiles/{profile}")]
    [InlineData("/profiles/{profile}/result")]
    [InlineData("/profiles/{profile}/submit")]
    [InlineData("/profiles/{profile}/sections/person")]
    public async Task DirectLink_AnotherTeamsPerson_IsRefused(string template)
    {
        var (person, profile) = await PersonWithProfileAsync("DEMO-0004");
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var response = await session.Client.GetAsync(template.Replace("{person}", person.ToString()).Replace("{profile}", profile.ToString()));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/forbidden");
    }

    [Theory]
    [InlineData("/people/{person}")]
    [InlineData("/profiles/{profile}")]
    public async Task DirectLink_OwnTeamsPerson_IsShown(string template)
    {
        var (person, profile) = await PersonWithProfileAsync("DEMO-0001");
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var response = await session.Client.GetAsync(template.Replace("{person}", person.ToString()).Replace("{profile}", profile.ToString()));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AddPerson_Practitioner_OffersOnlyTheirOwnTeams()
    {
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var page = await session.GetPageAsync("/people/new");

        page.Document.QuerySelectorAll("input[name=Team]").Select(input => input.GetAttribute("value"))
            .ShouldBe([DemoAccounts.NorthTeam]);
    }

    private async Task<(Guid Person, Guid Profile)> PersonWithProfileAsync(string caseReference)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>();
        await using var context = await contexts.CreateDbContextAsync();
        var person = await context.PeopleWithCaseReference(caseReference).SingleAsync();
        var version = factory.Services.GetRequiredService<FormulateEngine>().Definition.Questions.Version;
        var profile = await factory.Services.GetRequiredService<NeedsProfileStore>()
            .CreateAsync(person.Id, new DateOnly(2026, 11, 22), version, "demo.practitioner");
        return (person.Id, profile.Id);
    }
}
