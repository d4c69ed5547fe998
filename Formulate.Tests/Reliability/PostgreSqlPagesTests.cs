using Formulate.Data.Seeding;
using System.Net;
using Formulate.Data.Profiles;
using Formulate.Engine;
using Formulate.Tests.Data.Infrastructure;
using Formulate.Tests.Web.Support;
using Formulate.Web.People;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Reliability;

/// <summary>
/// The profile pages on PostgreSQL, whose reads really are asynchronous: a page that renders while
/// it waits for the database must already have everything it shows.
/// </summary>
[Collection(PostgreSqlServerGroup.Name)]
public sealed class PostgreSqlPagesTests(PostgreSqlServer server) : IDisposable
{
    private readonly string _connectionString = server.NewDatabaseConnectionString();
    private FormulateWebFactory? _factory;

    public void Dispose()
    {
        _factory?.Dispose();
        server.DropDatabaseAsync(_connectionString).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task SectionPages_OnPostgreSql_AllRenderWithTheEstimatePanel()
    {
        _factory = new FormulateWebFactory(new Dictionary<string, string?>
        {
            ["Formulate:Data:Provider"] = "PostgreSql",
            ["Formulate:Data:ConnectionString"] = _connectionString,
        });
        var services = _factory.Services;
        var person = (await services.GetRequiredService<PeopleService>().ListCaseloadAsync(CaseWorkers.Practitioner()))[0];
        var questions = services.GetRequiredService<FormulateEngine>().Definition.Questions;
        var profile = await services.GetRequiredService<NeedsProfileStore>()
            .CreateAsync(person.PersonId, new DateOnly(2026, 11, 22), questions.Version, "demo.practitioner");
        using var session = _factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        foreach (var section in questions.Sections)
        {
            var page = await session.GetPageAsync($"/profiles/{profile.Id}/sections/{section.Id}");

            page.Response.StatusCode.ShouldBe(HttpStatusCode.OK, section.Id);
            page.Heading.ShouldBe(section.Title);
            page.Document.GetElementById("estimate-panel").ShouldNotBeNull(section.Id);
        }
    }
}
