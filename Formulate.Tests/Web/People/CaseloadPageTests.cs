using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Web.People;

public sealed class CaseloadPageTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    [Fact]
    public async Task Caseload_NobodyInTheTeamYet_SaysTheCaseloadIsEmptyRatherThanNoSearchMatch()
    {
        var userName = await factory.AddAsync(team: "West Locality Team");
        using var session = factory.NewSession();
        await session.SignInAsync(userName, TestAccounts.Password);

        var page = await session.GetPageAsync("/caseload");

        var count = page.Document.QuerySelector("#caseload-count")!;
        count.GetAttribute("role").ShouldBe("status");
        var status = count.TextContent.Trim();
        status.ShouldBe("There is nobody on your caseload yet. Add a person to start their Needs Profile.");
        page.Document.QuerySelector("table").ShouldBeNull();
    }

    [Fact]
    public async Task Caseload_TeamWithPeople_CountsThem()
    {
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var page = await session.GetPageAsync("/caseload");

        page.Document.QuerySelector("#caseload-count[role=status]")!.TextContent.Trim().ShouldMatch(@"^Showing \d+ people\.$");
    }
}
